// The only C in kira-onboard: ncursesw as Swift 6 can import it.
//
// Swift cannot import function-like macros (KEY_F(n), A_BOLD, COLOR_PAIR),
// variadic functions, or shared mutable globals (stdscr, COLS, LINES) under
// strict concurrency, so each is wrapped in a small static inline function.
// The wrappers hold no state of their own: every Swift file that uses one
// gets a private copy, which is harmless only because they are stateless.
#ifndef KIRA_CNCURSES_SHIM_H
#define KIRA_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// MARK: - Screen set-up and globals

/// Starts curses on the process's stdout/stdin with $TERM; NULL when the
/// terminal type is unknown (unlike initscr, never exits the process).
static inline SCREEN *kira_newterm(void) { return newterm(NULL, stdout, stdin); }

/// True when the terminal curses started on can move the cursor (terminfo
/// `cup`): `TERM=dumb` and printing terminals cannot.
static inline bool kira_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

/// Flushes the C stdout buffer curses writes through.
static inline void kira_flush_stdout(void) { fflush(stdout); }

static inline WINDOW *kira_stdscr(void) { return stdscr; }
static inline int kira_cols(void) { return COLS; }
static inline int kira_lines(void) { return LINES; }
static inline WINDOW *kira_curscr(void) { return curscr; }

// MARK: - Input

/// Sets the read timeout of stdscr (-1 blocks, 0 polls).
static inline void kira_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/// Reads one byte (keypad translation off), KEY_RESIZE, or ERR on time-out.
static inline int kira_getch(void) { return wgetch(stdscr); }

static inline int kira_key_resize(void) { return KEY_RESIZE; }

// MARK: - Attributes and colours

static inline attr_t kira_a_normal(void) { return A_NORMAL; }
static inline attr_t kira_a_bold(void) { return A_BOLD; }
static inline attr_t kira_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kira_a_reverse(void) { return A_REVERSE; }
static inline attr_t kira_a_dim(void) { return A_DIM; }
static inline attr_t kira_color_pair(short pair) { return COLOR_PAIR(pair); }

/// Sets stdscr's attributes and colour pair for what is drawn next.
static inline int kira_attr_set(attr_t attributes, short pair) {
  return wattr_set(stdscr, attributes, pair, NULL);
}

// MARK: - Output

/// Writes at most `count` wide characters at (row, column) of stdscr.
static inline int kira_mvaddnwstr(int row, int column, const wchar_t *text, int count) {
  return mvwaddnwstr(stdscr, row, column, text, count);
}

static inline int kira_move(int row, int column) { return wmove(stdscr, row, column); }
static inline int kira_erase(void) { return werase(stdscr); }
static inline int kira_refresh(void) { return wrefresh(stdscr); }
static inline int kira_keypad(bool enable) { return keypad(stdscr, enable); }
static inline int kira_intrflush(bool enable) { return intrflush(stdscr, enable); }
static inline int kira_clearok_curscr(void) { return clearok(curscr, TRUE); }

// MARK: - Signals (stateless helpers; the state lives in Swift)

/// Installs `handler` for `signal_number`, storing the previous action.
static inline int kira_install_signal_handler(
    int signal_number, void (*handler)(int), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  return sigaction(signal_number, &action, previous);
}

/// Puts back an action saved by `kira_install_signal_handler`.
static inline int kira_restore_signal_handler(int signal_number, const struct sigaction *previous) {
  return sigaction(signal_number, previous, NULL);
}

/// True when the saved action ignores the signal (e.g. SIGHUP under nohup).
static inline bool kira_signal_action_ignores(const struct sigaction *action) {
  return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

#endif
