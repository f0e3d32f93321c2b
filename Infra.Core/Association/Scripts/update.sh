# Sets our compute role again, keeping the previous role recorded by create:
# the role there now is ours, not the one to give back on delete.
acr_check_account
acr_recorded_previous
acr_write_role "$ACR_ROLE_ARN" || acr_die_aws "setting the compute role of $acr_subject"
acr_print_previous "$acr_previous"
acr_say "set to $ACR_ROLE_ARN (previous: ${acr_previous:-none})"
