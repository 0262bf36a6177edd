#include "CEditLineShim.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int sigint_pipe[2] = {-1, -1};

static void on_sigint(int signo) {
    (void)signo;
    int saved = errno;
    if (sigint_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(sigint_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

int sparkbook_install_sigint_pipe(void) {
    if (sigint_pipe[0] >= 0) return sigint_pipe[0];
    if (pipe(sigint_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(sigint_pipe[i], F_SETFL, fcntl(sigint_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(sigint_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking poll() returns EINTR at once, and the pipe is readable too.
    sigaction(SIGINT, &action, NULL);
    return sigint_pipe[0];
}

/// Ctrl-C presses `sparkbook_getc` took out of the pipe, not yet reported by `sparkbook_drain_sigint_pipe`.
static atomic_int interrupts_seen_by_getc = 0;

static int read_pipe_bytes(void) {
    if (sigint_pipe[0] < 0) return 0;
    int count = 0;
    char buffer[64];
    ssize_t n;
    while ((n = read(sigint_pipe[0], buffer, sizeof buffer)) > 0) count += (int)n;
    return count;
}

int sparkbook_drain_sigint_pipe(void) {
    return read_pipe_bytes() + atomic_exchange(&interrupts_seen_by_getc, 0);
}

static int read_byte(int fd, unsigned char *byte) {
    for (;;) {
        ssize_t n = read(fd, byte, 1);
        if (n == 1) return 1;
        if (n < 0 && errno == EINTR) continue;
        return 0;
    }
}

int sparkbook_getc(FILE *stream) {
    int fd = stream != NULL ? fileno(stream) : STDIN_FILENO;
    for (;;) {
        struct pollfd fds[2] = {{fd, POLLIN, 0}, {sigint_pipe[0], POLLIN, 0}};
        int watched = sigint_pipe[0] >= 0 ? 2 : 1;
        if (poll(fds, (nfds_t)watched, -1) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        // Ctrl-C: ^G ends whatever read of libedit's own is under way (incremental search aborts on it); the
        // presses are kept for the prompt loop, which then clears the line.
        if (watched == 2 && (fds[1].revents & POLLIN)) {
            atomic_fetch_add(&interrupts_seen_by_getc, read_pipe_bytes());
            return 007;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        unsigned char lead;
        if (!read_byte(fd, &lead)) return -1;
        // One UTF-8 character as its code point (libedit stores wide characters).
        int extra = lead >= 0xF0 && lead < 0xF8 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        if (lead >= 0xF8) extra = 0;
        int code = extra == 3 ? (lead & 0x07) : extra == 2 ? (lead & 0x0F) : extra == 1 ? (lead & 0x1F) : lead;
        for (int i = 0; i < extra; i++) {
            unsigned char next;
            if (!read_byte(fd, &next)) return -1;
            if ((next & 0xC0) != 0x80) return 0xFFFD;
            code = (code << 6) | (next & 0x3F);
        }
        return code;
    }
}

void sparkbook_remove_sigint_pipe(void) {
    signal(SIGINT, SIG_DFL);
    for (int i = 0; i < 2; i++) {
        if (sigint_pipe[i] >= 0) close(sigint_pipe[i]);
        sigint_pipe[i] = -1;
    }
}

// MARK: Fatal signals

static char *fatal_message = NULL;
static size_t fatal_message_length = 0;
static struct termios saved_terminal;
static int terminal_saved = 0;

static const char *signal_name(int signo) {
    switch (signo) {
    case SIGILL: return "SIGILL";
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGHUP: return "SIGHUP";
    case SIGTERM: return "SIGTERM";
    default: return "signal";
    }
}

static void write_all(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, text, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        text += n;
        length -= (size_t)n;
    }
}

// Only async-signal-safe calls: tcsetattr, write, _exit.
static void on_fatal_signal(int signo) {
    if (terminal_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    if (signo != SIGHUP && signo != SIGTERM && fatal_message != NULL) {
        const char *name = signal_name(signo);
        static const char prefix[] = "\r\nsparkbook: internal error (";
        write_all(STDERR_FILENO, prefix, sizeof prefix - 1);
        write_all(STDERR_FILENO, name, strlen(name));
        write_all(STDERR_FILENO, ")", 1);
        write_all(STDERR_FILENO, fatal_message, fatal_message_length);
    }
    _exit(128 + signo);
}

int sparkbook_install_fatal_signal_handlers(const char *message) {
    free(fatal_message);
    fatal_message = strdup(message);
    fatal_message_length = fatal_message ? strlen(fatal_message) : 0;
    terminal_saved = tcgetattr(STDIN_FILENO, &saved_terminal) == 0;
    // A stack overflow's SIGSEGV can only be handled on a stack of its own (this thread's).
    static char alternate_stack[64 * 1024];
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigfillset(&action.sa_mask);
    const int signals[] = {SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGHUP, SIGTERM};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, NULL) != 0) return -1;
    }
    return 0;
}

void sparkbook_remove_fatal_signal_handlers(void) {
    const int signals[] = {SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGHUP, SIGTERM};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}
