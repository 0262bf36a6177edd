#ifndef SPARKBOOK_CEDITLINESHIM_H
#define SPARKBOOK_CEDITLINESHIM_H

#include <stdio.h>

/// Installs a SIGINT handler that only writes one byte to a self-pipe (async-signal-safe), so the REPL's poll
/// loop and job watcher learn about Ctrl-C without running Swift code inside a signal handler.
/// Returns the pipe's read end, or -1 when the pipe cannot be created.
int sparkbook_install_sigint_pipe(void);

/// Reads and discards every pending byte of the pipe; returns how many Ctrl-C presses were pending (with those
/// `sparkbook_getc` took out of the pipe).
int sparkbook_drain_sigint_pipe(void);

/// libedit's character reader (`rl_getc_function`, set before `rl_initialize`): one UTF-8 character from the
/// terminal as a code point, or ^G (7) once Ctrl-C has been pressed. libedit reads keys itself inside
/// incremental search (Ctrl-R) and multi-key sequences, where the prompt loop never sees a Ctrl-C; ^G aborts
/// the search, libedit returns to the loop, and the loop finds the Ctrl-C in the pipe and clears the line.
/// Without it the Ctrl-C waited in the pipe and cleared the next line typed instead.
int sparkbook_getc(FILE *stream);

/// Restores the default SIGINT action and closes the pipe.
void sparkbook_remove_sigint_pipe(void);

/// Turns SIGILL, SIGSEGV, SIGBUS, SIGFPE and SIGABRT (a crash) into the terminal restored, `message` after
/// `sparkbook: internal error (SIGNAME)` on stderr, and `_exit(128 + signo)`; SIGHUP and SIGTERM into the same
/// exit without a message. The handler only calls async-signal-safe functions: the REPL's history is already on
/// disk (each entry is appended as it is entered), so nothing is left to save. Call it while the terminal is in
/// its normal mode (its settings are what the handler restores). Returns 0, or -1 if a handler was refused.
int sparkbook_install_fatal_signal_handlers(const char *message);

/// Restores the default action of those signals.
void sparkbook_remove_fatal_signal_handlers(void);

#endif
