# Sets our compute role and records the one it replaces, "none" when the target
# had none or already had ours (then it is no one else's to give back).
acr_check_account
acr_read_role || acr_die_aws "reading the compute role of $acr_subject"
acr_previous=$acr_current
[ "$acr_previous" != "$ACR_ROLE_ARN" ] || acr_previous=""
acr_write_role "$ACR_ROLE_ARN" || acr_die_aws "setting the compute role of $acr_subject"
acr_print_previous "$acr_previous"
acr_say "set to $ACR_ROLE_ARN (previous: ${acr_previous:-none})"
