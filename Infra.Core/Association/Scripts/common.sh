# Prelude of the Amplify compute-role association: the C# wrapper appends
# preflight.sh, then create.sh, update.sh, delete.sh or observe.sh, and
# pulumi-command runs the result with /bin/sh -c. POSIX sh (dash), for AWS CLI
# v1 and v2. Every value comes from the environment (AssociationEnvironment.cs),
# never spliced into the text.
set -eu

# Our retry loop is the only one; the v2 pager would hang without a terminal.
export AWS_MAX_ATTEMPTS=1
export AWS_PAGER=""

# The observation (ACR_TARGET=branches) reports a failure on stdout and exits 0:
# the program turns it into a warning, or an error under driftCheck: fail.
acr_fail() {
  if [ "${ACR_TARGET:-}" = branches ]; then
    printf 'unobservable: %s\n' "$*"
    exit 0
  fi
  printf 'amplify compute role: %s\n' "$*" >&2
  exit 1
}

acr_say() {
  printf 'compute role of %s: %s\n' "$acr_subject" "$*"
}

acr_require() {
  [ -n "$2" ] || acr_fail "environment variable $1 is required but empty or unset"
}

acr_require ACR_APP_ID "${ACR_APP_ID:-}"
acr_require ACR_TARGET "${ACR_TARGET:-}"
acr_require ACR_REGION "${ACR_REGION:-}"
acr_require ACR_ACCOUNT_ID "${ACR_ACCOUNT_ID:-}"
acr_require ACR_ROLE_ARN "${ACR_ROLE_ARN:-}"
case $ACR_TARGET in
  branch)
    acr_require ACR_BRANCH "${ACR_BRANCH:-}"
    acr_subject="branch '$ACR_BRANCH' of app $ACR_APP_ID"
    ;;
  app) acr_subject="app $ACR_APP_ID" ;;
  branches)
    acr_subject="the branches of app $ACR_APP_ID"
    # local.run streams stderr as errors; the observation's messages are data.
    exec 2>&1
    ;;
  *) acr_fail "ACR_TARGET must be 'branch', 'app' or 'branches', not '$ACR_TARGET'" ;;
esac

# Seconds between attempts, about a minute in all: a new role can take a while
# before Amplify accepts it. Reads retry on throttling only.
acr_delays=${ACR_RETRY_DELAYS:-1 2 4 8 15 30}
acr_throttled="TooManyRequestsException ThrottlingException LimitExceededException Throttling"
acr_read_retry=$acr_throttled
acr_write_retry="BadRequestException $acr_throttled"

# The CLI's stderr of the last call, to find the error code and show its message.
acr_err_file=$(mktemp)
trap 'rm -f "$acr_err_file"' EXIT
trap 'exit 1' HUP INT TERM

# acr_try ARGS...: one CLI call. Sets acr_out, or on failure acr_code: the
# code in "An error occurred (Code) when calling ...", empty if there is none.
acr_try() {
  acr_attempts=$((acr_attempts + 1))
  if acr_out=$(aws "$@" --region "$ACR_REGION" 2>"$acr_err_file"); then
    return 0
  fi
  acr_code=$(sed -n 's/.*An error occurred (\([^)]*\)).*/\1/p' "$acr_err_file" | head -n 1)
  return 1
}

# acr_call RETRIED_CODES ARGS...: acr_try, again after each delay while the
# error code is one of RETRIED_CODES.
acr_call() {
  acr_retried=$1
  shift
  acr_attempts=0
  acr_code=""
  acr_try "$@" && return 0
  for acr_delay in $acr_delays; do
    [ -n "$acr_code" ] || return 1
    case " $acr_retried " in *" $acr_code "*) ;; *) return 1 ;; esac
    printf 'amplify compute role: attempt %s: %s; retrying in %ss\n' \
      "$acr_attempts" "$acr_code" "$acr_delay" >&2
    sleep "$acr_delay"
    acr_try "$@" && return 0
  done
  return 1
}

# acr_die_aws WHAT: stop, passing on the CLI's own message of the last attempt.
acr_die_aws() {
  cat "$acr_err_file" >&2
  acr_fail "$1 failed after $acr_attempts attempt(s)${acr_code:+ ($acr_code)}"
}

acr_check_account() {
  acr_call "$acr_read_retry" sts get-caller-identity --query Account --output text ||
    acr_die_aws "checking the AWS CLI's account (aws sts get-caller-identity)"
  [ "$acr_out" = "$ACR_ACCOUNT_ID" ] || acr_fail "the AWS CLI's credentials are for \
account $acr_out, but this stack deploys to account $ACR_ACCOUNT_ID. This command runs \
the AWS CLI with the shell's credentials, not the Pulumi provider's profile or assumed \
role: set AWS_PROFILE (the stack's aws:profile) or credentials for account \
$ACR_ACCOUNT_ID, then run again."
}

# Sets acr_current to the target's compute role, empty when it has none (the
# CLI prints None for an absent field).
acr_read_role() {
  if [ "$ACR_TARGET" = branch ]; then
    acr_call "$acr_read_retry" amplify get-branch --app-id "$ACR_APP_ID" \
      --branch-name "$ACR_BRANCH" --query branch.computeRoleArn --output text || return 1
  else
    acr_call "$acr_read_retry" amplify get-app --app-id "$ACR_APP_ID" \
      --query app.computeRoleArn --output text || return 1
  fi
  case $acr_out in None | "") acr_current="" ;; *) acr_current=$acr_out ;; esac
}

# acr_write_role ARN: sets the target's compute role; an empty ARN clears it.
acr_write_role() {
  [ "$ACR_TARGET" != branches ] || acr_fail "the observation (ACR_TARGET=branches) never writes"
  if [ "$ACR_TARGET" = branch ]; then
    acr_call "$acr_write_retry" amplify update-branch --app-id "$ACR_APP_ID" \
      --branch-name "$ACR_BRANCH" --compute-role-arn "$1" \
      --query branch.computeRoleArn --output text
  else
    acr_call "$acr_write_retry" amplify update-app --app-id "$ACR_APP_ID" \
      --compute-role-arn "$1" --query app.computeRoleArn --output text
  fi
}

# The one machine-readable stdout line, kept in the Pulumi state so that
# update and delete know what to restore.
acr_print_previous() {
  printf 'previous-compute-role-arn: %s\n' "${1:-none}"
}

# Sets acr_previous from the stdout of the last create/update, which
# pulumi-command passes in PULUMI_COMMAND_STDOUT; empty means none.
acr_recorded_previous() {
  acr_previous=$(printf '%s\n' "${PULUMI_COMMAND_STDOUT:-}" |
    sed -n 's/^previous-compute-role-arn: //p' | head -n 1)
  [ -n "$acr_previous" ] || acr_fail "PULUMI_COMMAND_STDOUT has no \
'previous-compute-role-arn:' line, so the compute role to restore on $acr_subject \
is unknown; check the role by hand, then replace or remove this command resource."
  [ "$acr_previous" != none ] || acr_previous=""
}
