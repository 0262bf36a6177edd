// libedit's readline-compatible API (Debian: libedit-dev). stdio.h first: readline.h uses FILE without including it.
#include <stdio.h>
#include <editline/readline.h>
