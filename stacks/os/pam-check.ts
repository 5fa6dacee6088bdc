// The check the PAM change must pass to be kept (pam-apply.ts rolls it back otherwise). It runs on
// the server with the python3 that cloud-init itself runs on, so it needs no package of its own.
//
// Why this check, and not more: a PAM stack locks people out in two ways, and both are caught
// without touching an account.
//  1. A module that does not load. PAM then fails every "required" line that names it, for every
//     user. So every module named in /etc/pam.d must exist in the folder libpam loads modules from,
//     and dlopen() it (a missing library shows here too); every included file must exist.
//  2. A stack that no longer lets a valid account through. pam_start() parses the service's file
//     and loads the modules of all four stacks; pam_acct_mgmt() then runs the account stack, which
//     every login passes, key-based ssh logins included. It is run for root, whom pam_nologin lets
//     in while the system boots, through the services an administrator logs in with.
// Not done: pam_authenticate (it needs a password, and a failed try counts towards the faillock
// lockout), sessions (pam_systemd would start a logind session) and password changes.
// Problems that were there before the change (listed by a run with --record) are not blamed on it.
//
// Exit status: 0 when no new problem is found, 1 otherwise, each problem on stderr.
export const PAM_CHECK_SCRIPT = String.raw`#!/usr/bin/python3
# Managed by Rampart (baselines/os/linux.json). Checks the PAM configuration; see stacks/os/pam-check.ts.
#   pam-check.py --record FILE SERVICE...   write the problems found now to FILE
#   pam-check.py --known FILE SERVICE...    fail only on problems that FILE does not list
import ctypes
import ctypes.util
import os
import sys

PAM_DIR = "/etc/pam.d"
TYPES = ("auth", "account", "password", "session")


def libpam():
    name = ctypes.util.find_library("pam") or "libpam.so.0"
    return ctypes.CDLL(name)


def module_dir():
    # libpam loads a module named without a path from <the folder libpam is in>/security.
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and os.path.basename(fields[5]).startswith("libpam.so"):
                return os.path.join(os.path.dirname(os.path.realpath(fields[5])), "security")
    return None


def config_lines(path):
    with open(path, errors="replace") as f:
        text = f.read().replace("\\\n", " ")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield number, line


def split_line(line):
    # type control module args, where control may be a [value=action ...] list with spaces.
    kind, _, rest = line.partition(" ")
    kind, rest = kind.strip(), rest.strip()
    if rest.startswith("["):
        end = rest.find("]")
        if end < 0:
            return kind, None, None
        control, rest = rest[: end + 1], rest[end + 1 :].strip()
    else:
        control, _, rest = rest.partition(" ")
        rest = rest.strip()
    module = rest.split()[0] if rest else None
    return kind, control, module


def file_problems(path, modules):
    problems = []
    # No line numbers in a problem: an edit above it would make an old problem look new.
    for _number, line in config_lines(path):
        where = path
        if line.startswith("@include"):
            target = line.split()[1] if len(line.split()) > 1 else ""
            if not os.path.isfile(os.path.join(PAM_DIR, target)):
                problems.append("%s: @include %s, which does not exist" % (where, target or "(nothing)"))
            continue
        kind, control, module = split_line(line.replace("\t", " "))
        optional = kind.startswith("-")
        kind = kind.lstrip("-").lower()
        if kind not in TYPES or not control or not module:
            problems.append("%s: cannot read %r" % (where, line))
            continue
        if control in ("include", "substack"):
            if not os.path.isfile(os.path.join(PAM_DIR, module)):
                problems.append("%s: %s %s, which does not exist" % (where, control, module))
            continue
        path_of = module if module.startswith("/") else os.path.join(modules or "", module)
        if not os.path.isfile(path_of):
            if not optional:
                problems.append("%s: module %s does not exist (%s)" % (where, module, path_of))
            continue
        try:
            ctypes.CDLL(path_of)
        except OSError as error:
            problems.append("%s: module %s does not load: %s" % (where, module, error))
    return problems


class Message(ctypes.Structure):
    _fields_ = [("msg_style", ctypes.c_int), ("msg", ctypes.c_char_p)]


class Response(ctypes.Structure):
    _fields_ = [("resp", ctypes.c_char_p), ("resp_retcode", ctypes.c_int)]


CONVERSE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.POINTER(Message)),
                            ctypes.POINTER(ctypes.POINTER(Response)), ctypes.c_void_p)


class Conversation(ctypes.Structure):
    _fields_ = [("conv", CONVERSE), ("appdata_ptr", ctypes.c_void_p)]


PAM_SUCCESS, PAM_CONV_ERR = 0, 19
PROMPTS = (1, 2)  # PAM_PROMPT_ECHO_OFF, PAM_PROMPT_ECHO_ON
libc = ctypes.CDLL(None)
libc.calloc.restype = ctypes.c_void_p
libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]


def converse(count, messages, responses, _data):
    # Nobody is there to type: a prompt is refused; notices are answered (libpam frees the answers).
    for i in range(count):
        if messages[i].contents.msg_style in PROMPTS:
            return PAM_CONV_ERR
    responses[0] = ctypes.cast(libc.calloc(max(count, 1), ctypes.sizeof(Response)), ctypes.POINTER(Response))
    return PAM_SUCCESS


def account_problems(pam, service, user="root"):
    handle = ctypes.c_void_p()
    conversation = Conversation(CONVERSE(converse), None)
    pam.pam_start.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(Conversation), ctypes.POINTER(ctypes.c_void_p)]
    pam.pam_acct_mgmt.argtypes = [ctypes.c_void_p, ctypes.c_int]
    pam.pam_strerror.argtypes = [ctypes.c_void_p, ctypes.c_int]
    pam.pam_strerror.restype = ctypes.c_char_p
    pam.pam_end.argtypes = [ctypes.c_void_p, ctypes.c_int]
    status = pam.pam_start(service.encode(), user.encode(), ctypes.byref(conversation), ctypes.byref(handle))
    if status != PAM_SUCCESS:
        return ["pam_start(%s) failed: %s" % (service, pam.pam_strerror(handle, status).decode())]
    status = pam.pam_acct_mgmt(handle, 0)
    reason = pam.pam_strerror(handle, status).decode()
    pam.pam_end(handle, status)
    if status != PAM_SUCCESS:
        return ["pam_acct_mgmt for %s through service %s failed: %s" % (user, service, reason)]
    return []


def problems(services):
    pam = libpam()
    modules = module_dir()
    found = [] if modules else ["cannot tell which folder libpam loads modules from"]
    for name in sorted(os.listdir(PAM_DIR)):
        path = os.path.join(PAM_DIR, name)
        if os.path.isfile(path):
            found += file_problems(path, modules)
    for service in services:
        if os.path.isfile(os.path.join(PAM_DIR, service)):
            found += account_problems(pam, service)
    return found


def main(argv):
    if len(argv) < 3 or argv[1] not in ("--record", "--known"):
        sys.stderr.write("usage: pam-check.py --record|--known FILE SERVICE...\n")
        return 2
    mode, listing, services = argv[1], argv[2], argv[3:]
    found = problems(services)
    if mode == "--record":
        with open(listing, "w") as f:
            f.writelines(p + "\n" for p in found)
        return 0
    known = set()
    if os.path.isfile(listing):
        with open(listing) as f:
            known = set(line.rstrip("\n") for line in f)
    new = [p for p in found if p not in known]
    for p in new:
        sys.stderr.write("rampart: PAM check: %s\n" % p)
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
`;
