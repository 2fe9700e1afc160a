/*
 * outfile.c - complete-or-nothing output files, signals and error messages.
 *
 * A report users feed to leadership must never be half written: outputs go
 * to "PATH.tmp-XXXXXX" in the target's directory and are renamed over the
 * target only after every byte was flushed and closed without error. Write
 * errors (a full disk, a closed pipe) are reported with the path and errno.
 * SIGPIPE is ignored so that a closed pipe is an EPIPE write error with a
 * message, not a silent death.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

volatile sig_atomic_t vc_cli_stop = 0;

static void on_signal(int sig)
{
    (void)sig;
    vc_cli_stop = 1;
}

void vc_cli_install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

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
    int fd = mkstemp(o->tmp);
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
            free(o->tmp);
            o->tmp = NULL;
        }
        return -1;
    }
    if (o->tmp) {
        if (rename(o->tmp, o->path) != 0) {
            vc_cli_error("%s: %s", o->path, strerror(errno));
            unlink(o->tmp);
            free(o->tmp);
            o->tmp = NULL;
            return -1;
        }
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
