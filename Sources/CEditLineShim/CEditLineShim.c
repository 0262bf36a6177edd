#include "CEditLineShim.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
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

int sparkbook_drain_sigint_pipe(void) {
    if (sigint_pipe[0] < 0) return 0;
    int count = 0;
    char buffer[64];
    ssize_t n;
    while ((n = read(sigint_pipe[0], buffer, sizeof buffer)) > 0) count += (int)n;
    return count;
}

void sparkbook_remove_sigint_pipe(void) {
    signal(SIGINT, SIG_DFL);
    for (int i = 0; i < 2; i++) {
        if (sigint_pipe[i] >= 0) close(sigint_pipe[i]);
        sigint_pipe[i] = -1;
    }
}
