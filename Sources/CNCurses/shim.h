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
#include <langinfo.h>

static inline WINDOW *cd_stdscr(void) { return stdscr; }
static inline FILE *cd_stdout(void) { return stdout; }
static inline FILE *cd_stdin(void) { return stdin; }
static inline int cd_lines(void) { return LINES; }
static inline int cd_cols(void) { return COLS; }
static inline int cd_colors(void) { return COLORS; }

static inline int cd_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cd_getmaxx(WINDOW *w) { return getmaxx(w); }

static inline attr_t cd_a_normal(void) { return A_NORMAL; }
static inline attr_t cd_a_bold(void) { return A_BOLD; }
static inline attr_t cd_a_dim(void) { return A_DIM; }
static inline attr_t cd_a_reverse(void) { return A_REVERSE; }
static inline attr_t cd_a_underline(void) { return A_UNDERLINE; }

static inline int cd_key_f(int n) { return KEY_F(n); }

static inline mmask_t cd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cd_button1_released(void) { return BUTTON1_RELEASED; }
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

#endif
