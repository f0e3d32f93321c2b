# Preflight, offline and before any AWS call: the AWS CLI on PATH must know
# Amplify compute roles. An older one rejects --compute-role-arn and reads every
# role as None, so create would record the wrong role to give back. The check is
# for the capability, not a version: the offline input skeleton of the update
# operation lists computeRoleArn only in a CLI that knows it.
acr_minimum="The first releases with them are AWS CLI v2 2.24.6 and v1 1.37.22."
acr_upgrade="Install or upgrade: v2 from https://docs.aws.amazon.com/cli/latest/userguide/\
getting-started-install.html (distribution packages may be older), v1 with \
'pip install --upgrade awscli'; or put a newer aws first on PATH. Then run again."

# acr_cli_fail WHAT: stop, naming the CLI and its version (asked for only now).
acr_cli_fail() {
  acr_cli_version=$(aws --version 2>&1 | head -n 1)
  acr_fail "the AWS CLI at $acr_cli (${acr_cli_version:-version unknown}) $1"
}

acr_cli=$(command -v aws) || acr_fail "no aws command on PATH: the association \
runs the AWS CLI, which must know Amplify compute roles. $acr_minimum $acr_upgrade"
case $ACR_TARGET in
  branch | branches) acr_operation=update-branch ;;
  *) acr_operation=update-app ;;
esac
if ! acr_skeleton=$(aws amplify "$acr_operation" --generate-cli-skeleton input 2>"$acr_err_file"); then
  cat "$acr_err_file" >&2
  acr_cli_fail "could not show whether it knows Amplify compute roles: 'aws amplify \
$acr_operation --generate-cli-skeleton input' failed (its message is above). $acr_minimum"
fi
case $acr_skeleton in
  *'"computeRoleArn"'*) ;;
  *) acr_cli_fail "is too old for Amplify compute roles: 'aws amplify $acr_operation' \
has no --compute-role-arn. $acr_minimum $acr_upgrade" ;;
esac
