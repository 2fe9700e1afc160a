/*
 * outfile.c - complete-or-nothing output files, signals and error messages.
 *
 * A report users feed to leadership must never be half written: outputs go
 * to "PATH.tmp-XXXXXX" in the target's directory and are renamed over the
 * target only after every byte was flushed and closed without error. Write
 * errors (a full disk, a closed pipe) are reported with the path and errno.
 * SIGPIPE is ignored so that a closed pipe is an EPIPE write error with a
 * message, not a silent death.
 *
 * Signals. SIGINT, SIGTERM and SIGHUP are caught from the start of every
 * command (vc_cli_catch_signals, main.c) and the handler records which one
 * came in vc_cli_stop. Until a command says it polls that flag
 * (vc_cli_install_signals), the handler removes the temporary files of the
 * outputs open at that moment and exits with 128 + the signal at once:
 * nothing of the command is worth finishing. A command that polls (a scan:
 * the pipeline and its streams look at the flag, a blocked read included)
 * stops by itself, and every output then refuses to commit, so an
 * interrupted run never leaves a final output nor a temporary file. The
 * handlers have no SA_RESTART, so a blocking call in the thread that took
 * the signal returns EINTR instead of waiting on.
 *
 * Outputs are files, not names (vc_out_check_paths): before anything is
 * read, an output that is one of the inputs, or two outputs that are one
 * file (`--stats a.json --rejects ./a.json`), are refused; one would
 * replace the export with the table, the other lose a report. Only regular
 * files and names not yet created are compared: /dev/null twice is fine.
 * Standard output is one stream however it is named ("-", /dev/stdout,
 * /dev/fd/1): two outputs sent there would interleave two tables into
 * bytes no reader can split, so that is refused too, and so is a file
 * that standard output is already redirected to.
 *
 * The temporary files live in `live_tmp`: set by the main thread when an
 * output opens, cleared before it is freed, read by the handler (which only
 * calls unlink and _exit, both async-signal-safe).
 */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

volatile sig_atomic_t vc_cli_stop = 0;
static volatile sig_atomic_t polling = 0;

#define LIVE_TMP_MAX 16
static char *volatile live_tmp[LIVE_TMP_MAX];

static void live_add(char *tmp)
{
    for (size_t i = 0; i < LIVE_TMP_MAX; i++)
        if (!live_tmp[i]) {
            live_tmp[i] = tmp;
            return;
        }
}

static void live_remove(const char *tmp)
{
    for (size_t i = 0; i < LIVE_TMP_MAX; i++)
        if (live_tmp[i] == tmp)
            live_tmp[i] = NULL;
}

static void on_signal(int sig)
{
    vc_cli_stop = sig;
    if (polling)
        return;
    for (size_t i = 0; i < LIVE_TMP_MAX; i++)
        if (live_tmp[i])
            unlink(live_tmp[i]);
    _exit(128 + sig);
}

static void catch_signals(int poll_flag)
{
    polling = poll_flag;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaddset(&sa.sa_mask, SIGHUP);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

void vc_cli_catch_signals(void) { catch_signals(0); }

void vc_cli_install_signals(void)
{
    catch_signals(1);
    /* a signal that came before this call has already ended the command */
}

int vc_cli_interrupted_code(void) { return 128 + (vc_cli_stop ? (int)vc_cli_stop : SIGINT); }

void vc_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("vocal: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* The process umask, read once (umask() can only be read by setting it). */
static mode_t vc_cli_umask(void)
{
    static int known;
    static mode_t mask;
    if (!known) {
        mask = umask(022);
        umask(mask);
        known = 1;
    }
    return mask;
}

static int out_commit(vc_outfile *o);

/* Why writes to fp failed when errno no longer says: a pipe whose reader
 * has gone is EPIPE (poll reports POLLERR on its write end), else EIO. */
static int stream_errno(FILE *fp)
{
    struct stat st;
    struct pollfd p = {fileno(fp), 0, 0};
    if (fstat(p.fd, &st) == 0 && S_ISFIFO(st.st_mode) && poll(&p, 1, 0) == 1 && (p.revents & POLLERR))
        return EPIPE;
    return EIO;
}

int vc_out_open(vc_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->direct = 1;
        return 0;
    }
    struct stat st, lst;
    int exists = stat(path, &st) == 0;
    int direct = exists && !S_ISREG(st.st_mode);
    /* a symlink is written through: the file it names is replaced and the
     * link stays; one whose target is missing is written directly */
    if (!direct && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        o->target = exists ? realpath(path, NULL) : NULL;
        direct = !o->target;
    }
    if (direct) {
        o->fp = fopen(path, "w");
        if (!o->fp) {
            vc_cli_error("%s: %s", path, strerror(errno));
            return -1;
        }
        o->direct = 1;
        return 0;
    }
    const char *target = o->target ? o->target : path;
    size_t n = strlen(target) + 16;
    o->tmp = malloc(n);
    if (!o->tmp) {
        vc_cli_error("out of memory");
        free(o->target);
        o->target = NULL;
        return -1;
    }
    snprintf(o->tmp, n, "%s.tmp-XXXXXX", target);
    /* no signal between creating the temporary and registering it */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigprocmask(SIG_BLOCK, &block, &old);
    int fd = mkstemp(o->tmp);
    if (fd >= 0)
        live_add(o->tmp);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        vc_cli_error("%s: cannot create output: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    /* mkstemp made it 0600: an existing file keeps its mode, a new one
     * gets what open() would give it under the umask */
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~vc_cli_umask());
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        vc_cli_error("%s: %s", path, strerror(errno));
        close(fd);
        unlink(o->tmp);
        live_remove(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    return 0;
}

int vc_out_write_buf(vc_outfile *o, const vc_buf *b)
{
    if (vc_buf_status(b)) {
        vc_cli_error("%s: %s", o->path, vc_strerror(vc_buf_status(b)));
        return -1;
    }
    if (b->len && fwrite(b->data, 1, b->len, o->fp) != b->len) {
        vc_cli_error("%s: write failed: %s", o->path, strerror(errno));
        return -1;
    }
    return 0;
}

int vc_out_commit(vc_outfile *o)
{
    int rc = out_commit(o);
    free(o->target);
    o->target = NULL;
    return rc;
}

static int out_commit(vc_outfile *o)
{
    if (!o->fp)
        return 0;
    if (vc_cli_stop) { /* interrupted: nothing becomes final */
        vc_out_abort(o);
        return -1;
    }
    int flush_bad = fflush(o->fp) != 0;
    int err = errno;
    int bad = flush_bad || ferror(o->fp);
    if (bad && !flush_bad) /* an earlier write failed (rows the scan streamed): errno is long gone */
        err = stream_errno(o->fp);
    if (o->fp != stdout) {
        if (fclose(o->fp) != 0 && !bad) {
            bad = 1;
            err = errno;
        }
    }
    o->fp = NULL;
    if (bad) {
        vc_cli_error("%s: write failed: %s", strcmp(o->path, "-") ? o->path : "standard output",
                     strerror(err));
        if (o->tmp) {
            unlink(o->tmp);
            live_remove(o->tmp);
            free(o->tmp);
            o->tmp = NULL;
        }
        return -1;
    }
    if (o->tmp) {
        if (rename(o->tmp, o->target ? o->target : o->path) != 0) {
            vc_cli_error("%s: %s", o->path, strerror(errno));
            unlink(o->tmp);
            live_remove(o->tmp);
            free(o->tmp);
            o->tmp = NULL;
            return -1;
        }
        live_remove(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
    return 0;
}

void vc_out_abort(vc_outfile *o)
{
    free(o->target);
    o->target = NULL;
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    o->fp = NULL;
    if (o->tmp) {
        unlink(o->tmp);
        live_remove(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
}

int vc_cli_write_output(const char *path, const vc_buf *b)
{
    vc_outfile out;
    if (vc_out_open(&out, path))
        return -1;
    if (vc_out_write_buf(&out, b) == 0 && vc_out_commit(&out) == 0)
        return 0;
    vc_out_abort(&out);
    return -1;
}

/* Who a path names: an existing regular file by device and inode; a name
 * not yet created by its folder's device and inode and its last component;
 * 0 for what is not compared ("-", devices, FIFOs, unreadable folders). */
typedef struct file_id {
    dev_t dev;
    ino_t ino;
    const char *base; /* NULL for an existing file */
    int out;          /* standard output (dev, ino: its file when regular) */
} file_id;

static int is_stdout(const char *path)
{
    return !strcmp(path, "-") || !strcmp(path, "/dev/stdout") || !strcmp(path, "/dev/fd/1") ||
           !strcmp(path, "/proc/self/fd/1");
}

static int path_id(const char *path, file_id *id)
{
    struct stat st;
    memset(id, 0, sizeof *id);
    if (strcmp(path, "-") == 0)
        return 0;
    if (stat(path, &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return 0;
        id->dev = st.st_dev;
        id->ino = st.st_ino;
        return 1;
    }
    const char *slash = strrchr(path, '/');
    char dir[4096];
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if ((size_t)(slash - path) >= sizeof dir)
        return 0;
    else
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    if (stat(dir, &st) != 0)
        return 0;
    id->dev = st.st_dev;
    id->ino = st.st_ino;
    id->base = slash ? slash + 1 : path;
    return 1;
}

/* An output's id: as path_id, and standard output as itself. */
static int out_id(const char *path, file_id *id)
{
    struct stat st;
    if (!is_stdout(path))
        return path_id(path, id);
    memset(id, 0, sizeof *id);
    id->out = 1;
    if (fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode)) {
        id->dev = st.st_dev;
        id->ino = st.st_ino;
    }
    return 1;
}

static int same_id(const file_id *a, const file_id *b)
{
    if (a->out && b->out)
        return 1;
    if (a->out || b->out) /* standard output redirected to the other file */
        return !a->base && !b->base && (a->ino || a->dev) && a->dev == b->dev && a->ino == b->ino;
    if (a->dev != b->dev || a->ino != b->ino || !a->base != !b->base)
        return 0;
    return !a->base || strcmp(a->base, b->base) == 0;
}

int vc_out_check_paths(const vc_out_name *outs, size_t nout, const char *const *inputs, size_t nin)
{
    for (size_t i = 0; i < nout; i++) {
        file_id oi, other;
        if (!outs[i].path || !out_id(outs[i].path, &oi))
            continue;
        for (size_t k = 0; k < nin && !oi.base && !oi.out; k++)
            if (path_id(inputs[k], &other) && same_id(&oi, &other)) {
                vc_cli_error("%s %s is the input %s: writing it would replace the data; choose another file",
                             outs[i].flag, outs[i].path, inputs[k]);
                return -1;
            }
        for (size_t j = 0; j < i; j++)
            if (outs[j].path && out_id(outs[j].path, &other) && same_id(&oi, &other)) {
                if (oi.out && other.out) {
                    vc_cli_error("%s %s and %s %s both write to standard output, where the two would mix; "
                                 "send one to a file",
                                 outs[j].flag, outs[j].path, outs[i].flag, outs[i].path);
                    return -1;
                }
                vc_cli_error("%s %s and %s %s are the same file: one would replace the other; choose two files",
                             outs[j].flag, outs[j].path, outs[i].flag, outs[i].path);
                return -1;
            }
    }
    return 0;
}
