#ifndef SPARKBOOK_CEDITLINESHIM_H
#define SPARKBOOK_CEDITLINESHIM_H

/// Installs a SIGINT handler that only writes one byte to a self-pipe (async-signal-safe), so the REPL's poll
/// loop and job watcher learn about Ctrl-C without running Swift code inside a signal handler.
/// Returns the pipe's read end, or -1 when the pipe cannot be created.
int sparkbook_install_sigint_pipe(void);

/// Reads and discards every pending byte of the pipe; returns how many Ctrl-C presses were pending.
int sparkbook_drain_sigint_pipe(void);

/// Restores the default SIGINT action and closes the pipe.
void sparkbook_remove_sigint_pipe(void);

#endif
