"""The real AWS CLI, started warm, for the script tests (WarmCli.cs starts it).

`serve SOCKET CLI LOG`: imports once what CLI's entry script imports, then forks one child per
call, which runs that entry script as `CLI ARGS...` would, with the caller's environment, working
directory and standard streams. `call SOCKET CLI LOG ARGS...` (the aws shim runs it) hands a call
to the server, or runs CLI itself when the server could not run it as a cold start would: then
LOG says why.
"""
import atexit
import importlib
import json
import os
import runpy
import select
import signal
import socket
import sys

# What the entry scripts of AWS CLI v1 (pip) and v2 (Debian's python3-awscli) import, and the
# command plugins their driver imports next: most of a cold start's CPU.
WARM_IMPORTS = ("awscli.clidriver", "awscli.handlers")
# The shim's copy of LC_CTYPE, as "=value" or "" for unset: Python sets LC_CTYPE as it starts
# (PEP 538), and the environment passed on must be the one the shim was given.
SHIM_LC_CTYPE = "WARM_AWS_LC_CTYPE"
USER_SITE = os.path.join(".local", "lib", "python%d.%d" % sys.version_info[:2], "site-packages")


def given_environment():
    env = dict(os.environ)
    lc_ctype = env.pop(SHIM_LC_CTYPE, None)
    if lc_ctype is not None:
        env.pop("LC_CTYPE", None)
        if lc_ctype.startswith("="):
            env["LC_CTYPE"] = lc_ctype[1:]
    return env


def startup_keys(env):
    """What an interpreter reads of its environment as it starts (HOME is checked apart)."""
    return {k for k in env if k.startswith(("PYTHON", "LC_")) or k in ("LANG", "LANGUAGE", "TZ")}


def effect(before, after):
    return {k: after.get(k) for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def apply(env, changes):
    env = dict(env)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


class Warm:
    def __init__(self, cli):
        self.cli = cli
        self.given = given_environment()
        started = dict(os.environ)
        started.pop(SHIM_LC_CTYPE, None)
        self.startup = effect(self.given, started)
        reads = set()
        environ = type(os.environ)

        class Recording(environ):  # every key the imports read, present or not
            def __getitem__(self, key):
                reads.add(key)
                return environ.__getitem__(self, key)

        before = dict(os.environ)
        sys.path[0] = os.path.dirname(os.path.realpath(cli))
        os.environ.__class__ = Recording
        try:
            for name in WARM_IMPORTS:
                importlib.import_module(name)
        finally:
            os.environ.__class__ = environ
        self.import_inputs = {k: before.get(k) for k in reads}
        self.imports = effect(before, dict(os.environ))

    def environment(self, env):
        """The environment the CLI would run in after its own start, or why this start differs."""
        for key in sorted(startup_keys(env) | startup_keys(self.given)):
            if env.get(key) != self.given.get(key):
                return None, "%s differs from the server's" % key
        home = env.get("HOME")
        if home is not None and os.path.isdir(os.path.join(home, USER_SITE)):
            return None, "HOME has a user site-packages"
        env = apply(env, self.startup)
        for key, value in sorted(self.import_inputs.items()):
            if env.get(key) != value:
                return None, "%s, read by the imports, differs from the server's" % key
        return apply(env, self.imports), None

    def run(self, args):
        """The entry script as a cold start runs it, to the exit code of that process."""
        sys.argv = [self.cli] + args
        code = 0
        try:
            runpy.run_path(self.cli, run_name="__main__")
        except SystemExit as stop:
            code = stop.code
            if code is None:
                code = 0
            elif not isinstance(code, int):
                print(code, file=sys.stderr)
                code = 1
        except BaseException:
            sys.excepthook(*sys.exc_info())
            code = 1
        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
        except OSError:
            code = 120
        try:
            sys.stderr.flush()
        except OSError:
            pass
        return code


def log(path, line):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (line.replace("\n", " ") + "\n").encode())
    finally:
        os.close(fd)


def receive(conn):
    data, fds, _, _ = socket.recv_fds(conn, 1 << 16, 3)
    size = int.from_bytes(data[:8], "big")
    data = data[8:]
    while len(data) < size:
        more = conn.recv(1 << 16)
        if not more:
            raise EOFError("the call ended before its request")
        data += more
    return json.loads(data), fds


def child(conn, warm, log_path):
    request, fds = receive(conn)
    env, reason = warm.environment(request["env"])
    if env is None:
        log(log_path, "cold in %s: %s" % (request["cwd"], reason))
        conn.sendall(b"cold\n")
        os._exit(0)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(request["cwd"])
    sys.stdout.reconfigure(line_buffering=os.isatty(1))
    log(log_path, "warm in %s: %s" % (request["cwd"], " ".join(request["args"])))
    code = warm.run(request["args"])
    conn.sendall(b"exit %d\n" % code)
    os._exit(code)


def serve(path, cli, log_path):
    warm = Warm(cli)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the children
    print("ready", flush=True)
    while True:
        ready, _, _ = select.select([listener, sys.stdin], [], [])
        if sys.stdin in ready and not os.read(0, 1024):
            return  # the test run has ended
        if listener in ready:
            conn, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                try:
                    child(conn, warm, log_path)
                except BaseException as error:
                    log(log_path, "failed: %r" % error)
                    os._exit(70)
            conn.close()


def call(path, cli, log_path, args):
    env = given_environment()
    try:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(path)
        request = json.dumps({"args": args, "env": env, "cwd": os.getcwd()}).encode()
        socket.send_fds(conn, [len(request).to_bytes(8, "big") + request], [0, 1, 2])
        answer = conn.makefile("rb").readline().decode()
    except (OSError, AttributeError) as error:  # no server, or a Python before 3.9 (no send_fds)
        log(log_path, "cold: no server (%s)" % error)
        answer = "cold\n"
    if answer == "cold\n":
        os.execve(cli, [cli] + args, env)
    if not answer.startswith("exit "):
        print("warm aws: the CLI's process ended without an exit code", file=sys.stderr)
        return 1
    return int(answer[5:])


if __name__ == "__main__":
    mode, socket_path, cli_path, log_file = sys.argv[1:5]
    if mode == "serve":
        serve(socket_path, cli_path, log_file)
    else:
        sys.exit(call(socket_path, cli_path, log_file, sys.argv[5:]))
