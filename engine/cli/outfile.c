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
 * The temporary files live in `live_tmp`: set by the main thread when an
 * output opens, cleared before it is freed, read by the handler (which only
 * calls unlink and _exit, both async-signal-safe).
 */
#include <errno.h>
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

int vc_out_open(vc_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->direct = 1;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o->fp = fopen(path, "w");
        if (!o->fp) {
            vc_cli_error("%s: %s", path, strerror(errno));
            return -1;
        }
        o->direct = 1;
        return 0;
    }
    size_t n = strlen(path) + 16;
    o->tmp = malloc(n);
    if (!o->tmp) {
        vc_cli_error("out of memory");
        return -1;
    }
    snprintf(o->tmp, n, "%s.tmp-XXXXXX", path);
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
    fchmod(fd, 0644);
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
    if (!o->fp)
        return 0;
    if (vc_cli_stop) { /* interrupted: nothing becomes final */
        vc_out_abort(o);
        return -1;
    }
    int bad = fflush(o->fp) != 0 || ferror(o->fp);
    int err = errno;
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
        if (rename(o->tmp, o->path) != 0) {
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
