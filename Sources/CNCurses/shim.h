// Swift's view of ncursesw.
//
// SwiftPM drops the -D flags that `pkg-config ncursesw` asks for, so the
// wide-character switches are defined here, before the header is read;
// without them cchar_t, setcchar, mvwadd_wch and get_wch are not declared.
// Macros and mutable globals do not import into Swift 6, so the few we use
// are wrapped in small inline functions.
#ifndef CITYDASH_CNCURSES_SHIM_H
#define CITYDASH_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <langinfo.h>

static inline WINDOW *cd_stdscr(void) { return stdscr; }
static inline FILE *cd_stdout(void) { return stdout; }
static inline FILE *cd_stdin(void) { return stdin; }

static inline int cd_colors(void) { return COLORS; }
static inline int cd_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cd_getmaxx(WINDOW *w) { return getmaxx(w); }

static inline attr_t cd_a_normal(void) { return A_NORMAL; }
static inline attr_t cd_a_bold(void) { return A_BOLD; }
static inline attr_t cd_a_dim(void) { return A_DIM; }
static inline attr_t cd_a_reverse(void) { return A_REVERSE; }
static inline attr_t cd_a_underline(void) { return A_UNDERLINE; }

static inline int cd_key_f(int n) { return KEY_F(n); }

static inline mmask_t cd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cd_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// Writes one character cell. `text` holds the base character and any
/// combining marks (at most CCHARW_MAX wide characters, NUL-terminated).
static inline int cd_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/* Crash restore: on a fatal signal (a Swift trap is SIGILL or SIGTRAP), put
   the terminal back before the process dies: leave the alternate screen,
   show the cursor, stop mouse reports, restore the saved line settings.
   Only write(2), tcsetattr(3), sigaction(2) and raise(3): all
   async-signal-safe. Then hand the signal to whoever had it before (Swift's
   backtracer prints its report on the restored terminal), or re-raise it
   with the default action, so the process still ends by that signal. */
struct cd_crash_state {
    struct termios saved_termios;
    int saved_termios_valid;
    int terminal_fd;
    struct sigaction previous_actions[65];
};

/* One instance, kept in a function-local static: file-level statics in a
   header are not emitted for Swift. */
static inline struct cd_crash_state *cd_crash_state(void) {
    static struct cd_crash_state state = { .terminal_fd = -1 };
    return &state;
}

static void cd_restore_terminal_now(void) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    struct cd_crash_state *state = cd_crash_state();
    if (state->terminal_fd < 0) return;
    ssize_t ignored = write(state->terminal_fd, reset, sizeof reset - 1);
    (void)ignored;
    if (state->saved_termios_valid) tcsetattr(state->terminal_fd, TCSANOW, &state->saved_termios);
}

static void cd_crash_handler(int number, siginfo_t *info, void *context) {
    cd_restore_terminal_now();
    struct sigaction *previous = (number > 0 && number < 65) ? &cd_crash_state()->previous_actions[number] : NULL;
    if (previous && (previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction) {
        previous->sa_sigaction(number, info, context);
    } else if (previous && !(previous->sa_flags & SA_SIGINFO) && previous->sa_handler != SIG_DFL
               && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(number);
    }
    /* Whatever the previous handler did, end by the signal: a handler that
       returns would otherwise leave the process running (a sent signal) or
       faulting again. */
    signal(number, SIG_DFL);
    raise(number);
}

/// Saves the terminal's settings on `fd` and installs the crash handler. Call before ncurses starts.
static inline void cd_install_crash_restore(int fd) {
    static char alternate_stack[1 << 16];
    struct cd_crash_state *state = cd_crash_state();
    state->terminal_fd = fd;
    state->saved_termios_valid = tcgetattr(fd, &state->saved_termios) == 0;
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);  /* a stack overflow still gets its handler */
    const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT, SIGSYS };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = cd_crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(fatal[i], &action, &state->previous_actions[fatal[i]]);
    }
}

#endif
