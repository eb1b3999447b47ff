;;; eglot.el --- run by test/lsp/editors.test.ts  -*- lexical-binding: t -*-
;; emacs --batch -l <the README's recipe> -l eglot.el NOTES, with study-notes-ls on PATH.
;; Checks what a student sees through eglot, then accepts a module completion the way
;; completion-at-point does (insert the candidate, run eglot's exit function) and checks the line.
;; Prints "ok: ..." lines; on the first failure prints "FAIL: ..." and exits 1.
(require 'cl-lib)

(defun study-notes-check (ok what)
  (princ (format "%s%s\n" (if ok "ok: " "FAIL: ") what))
  (unless ok (kill-emacs 1)))

;; Each step ends on its event (the server's message, its answer); the one time limit, for a hang,
;; is the test's (STUDY_NOTES_GIVE_UP_SECONDS), so that a loaded machine is only slower.
(defconst study-notes-give-up-seconds (string-to-number (or (getenv "STUDY_NOTES_GIVE_UP_SECONDS") "300")))
(defconst study-notes-give-up-at (+ (float-time) study-notes-give-up-seconds))
(setq eglot-connect-timeout study-notes-give-up-seconds
      jsonrpc-default-request-timeout study-notes-give-up-seconds)

(defun study-notes-wait (test)
  "Let eglot read the server until TEST holds (checked on each output, or each second for timers)."
  (while (and (not (funcall test)) (< (float-time) study-notes-give-up-at))
    (accept-process-output nil 1))
  (funcall test))

(defun study-notes-line-of (text)
  (save-excursion (goto-char (point-min)) (search-forward text) (line-beginning-position)))

;; An interactive start activates the installed packages (markdown-mode's file association).
(package-activate-all)
(find-file (car command-line-args-left))
(setq command-line-args-left nil)
;; eglot-ensure connects after the next command; a batch Emacs runs none.
(run-hooks 'post-command-hook)
(study-notes-check (study-notes-wait (lambda () (eglot-current-server))) "eglot connects to study-notes-ls")
(study-notes-check
 (study-notes-wait (lambda () (cl-some (lambda (d) (string-match-p "Lab: Docker Swarm Mode" (flymake-diagnostic-text d)))
                                       (flymake-diagnostics))))
 "flymake shows the missing time of \"Lab: Docker Swarm Mode\"")

(let* ((server (eglot-current-server))
       (symbols (jsonrpc-request server :textDocument/documentSymbol `(:textDocument ,(eglot--TextDocumentIdentifier))))
       (names (cl-loop for symbol across symbols collect (plist-get symbol :name))))
  (study-notes-check (member "Area 1: Docker and Containers" names) "document symbols name the area"))

(goto-char (+ 3 (study-notes-line-of "[Video: Why Docker?]")))
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
  (study-notes-check (string-match-p "Why Docker" (format "%S" (plist-get hover :contents))) "hover on a module title"))

;; Course progress: eglot shows no CodeLens, so the area heading's hover tells it.
(goto-char (+ 4 (study-notes-line-of "Area 1: Docker and Containers")))
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
  (study-notes-check (string-match-p "Docker and Containers.*\\(reached\\|no level\\)" (format "%S" (plist-get hover :contents))) "hover on the area heading tells its progress"))

;; The rounds, with no lens to show them: the notes' title's hover.
(goto-char (+ 3 (study-notes-line-of "# Distributed Systems Practice")))
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
  (study-notes-check (string-match-p "Round 1 [^a-z]*due" (format "%S" (plist-get hover :contents))) "hover on the notes' title tells the rounds"))

;; A new module after the last one of the intermediate level: `[` on an empty line, then accept.
(goto-char (study-notes-line-of "docker service ps web"))
(forward-line 2)
(insert "\n[\n")
(forward-line -1)
(end-of-line)
(let* ((capf (eglot-completion-at-point))
       (start (nth 0 capf)) (end (nth 1 capf)) (table (nth 2 capf))
       (exit (plist-get (nthcdr 3 capf) :exit-function))
       (candidates (all-completions (buffer-substring-no-properties start end) table))
       (chosen (cl-find-if (lambda (c) (string-match-p "What are Containers" c)) candidates)))
  (study-notes-check chosen "completion offers \"Video: What are Containers?\" at \"[\"")
  (delete-region start end)
  (insert chosen)
  (funcall exit chosen 'finished))
(let ((written (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
  (princ (format "written: %S\n" written))
  (study-notes-check (string-match-p "\\`\\[[^[].*\\](https?://[^)]+) (time: [0-9]+ min)\\'" written) "the accepted module reads like the notes around it")
  (study-notes-check (not (string-match-p "\\${\\|\\$0\\|\0" written)) "no snippet syntax, no NUL")
  (forward-line 1)
  (study-notes-check (equal (buffer-substring-no-properties (line-beginning-position) (line-end-position)) "") "no stray line after it"))
(kill-emacs 0)
