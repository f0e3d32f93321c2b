# Gives the target back the compute role recorded by create, but only while it
# still has ours: a role someone set since then is theirs to keep.

# A branch or app that is gone has no role to restore; `pulumi destroy` goes on.
acr_exit_if_gone() {
  [ "$acr_code" = NotFoundException ] || return 0
  printf '%s no longer exists: nothing to restore\n' "$acr_subject"
  exit 0
}

acr_check_account
acr_recorded_previous
acr_read_role || {
  acr_exit_if_gone
  acr_die_aws "reading the compute role of $acr_subject"
}
if [ "$acr_current" != "$ACR_ROLE_ARN" ]; then
  acr_say "now ${acr_current:-none}, not ours ($ACR_ROLE_ARN): left as it is"
  exit 0
fi
acr_write_role "$acr_previous" || {
  acr_exit_if_gone
  acr_die_aws "restoring the compute role of $acr_subject"
}
acr_say "restored to ${acr_previous:-none}"
