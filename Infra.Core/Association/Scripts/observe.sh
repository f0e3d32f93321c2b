# Observation, reads only: one line per branch of the app as Amplify lists them
# (name, compute role or None, updateTime, tab-separated), the app's role when
# ACR_WITH_APP is true, and whether this stack's role exists yet (absent: a
# first deploy, so no role found is drift). Infra.Core/Association/Observation.cs
# parses it; a failure is one 'unobservable:' line (acr_fail).
acr_check_account
acr_role_name=${ACR_ROLE_ARN##*/}
if acr_call "$acr_read_retry" iam get-role --role-name "$acr_role_name" --query Role.Arn --output text; then
  printf 'stack-role: present\n'
elif [ "$acr_code" = NoSuchEntity ]; then
  printf 'stack-role: absent\n'
else
  printf 'stack-role: unknown %s\n' "${acr_code:-no error code}"
fi
# 50 a page, the most ListBranches returns; the CLI follows nextToken.
acr_call "$acr_read_retry" amplify list-branches --app-id "$ACR_APP_ID" --page-size 50 \
  --query 'branches[].[branchName,computeRoleArn,updateTime]' --output text ||
  acr_die_aws "listing the branches of app $ACR_APP_ID (aws amplify list-branches)"
printf '%s\n' "$acr_out" | sed -n 's/^\(.\)/branch: \1/p'
if [ "${ACR_WITH_APP:-false}" = true ]; then
  acr_call "$acr_read_retry" amplify get-app --app-id "$ACR_APP_ID" \
    --query 'app.[computeRoleArn,updateTime]' --output text ||
    acr_die_aws "reading the compute role of app $ACR_APP_ID (aws amplify get-app)"
  printf 'app: %s\n' "$acr_out"
fi
