-- Run by test/lsp/editors.test.ts: `nvim --headless -u <the README's recipe> notes.md -c 'luafile nvim.lua'`
-- with study-notes-ls on PATH. Checks what a student sees through Neovim's own LSP client, then
-- accepts a module completion as a student does (<C-x><C-o>, <C-y>) and checks the line written.
-- Prints "ok: …" lines; on the first failure prints "FAIL: …" and exits 1.
local failures = 0
local function check(ok, what)
  print((ok and 'ok: ' or 'FAIL: ') .. what)
  if not ok then
    failures = failures + 1
    vim.cmd('cquit 1')
  end
end

-- Each step ends on its event (the server's message, its answer); the one time limit, for a hang,
-- is the test's (STUDY_NOTES_GIVE_UP_SECONDS), so that a loaded machine is only slower.
local give_up_at = vim.loop.now() + 1000 * tonumber(os.getenv('STUDY_NOTES_GIVE_UP_SECONDS') or '300')
local function remaining_ms() return math.max(1, give_up_at - vim.loop.now()) end

local buf = vim.api.nvim_get_current_buf()
local function request(method, params)
  local answers = vim.lsp.buf_request_sync(buf, method, params, remaining_ms()) or {}
  for _, answer in pairs(answers) do
    if answer.result then return answer.result end
  end
end
local function find_line(pattern)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line:find(pattern, 1, true) then return index - 1 end
  end
end

check(vim.wait(remaining_ms(), function() return #vim.diagnostic.get(buf) > 0 end, 50), 'diagnostics arrive')
local missing = vim.tbl_filter(function(d) return d.code == 'missing-time' end, vim.diagnostic.get(buf))
check(#missing == 1 and missing[1].message:find('Lab: Docker Swarm Mode', 1, true) ~= nil, 'missing-time on "Lab: Docker Swarm Mode"')

local symbols = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }) or {}
local names = {}
local function collect(list) for _, s in ipairs(list) do table.insert(names, s.name); collect(s.children or {}) end end
collect(symbols)
check(vim.tbl_contains(names, 'Area 1: Docker and Containers'), 'document symbols name the area')

local title_line = find_line('[Video: Why Docker?]')
local hover = request('textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = { line = title_line, character = 3 } })
local hover_text = hover and (hover.contents.value or vim.inspect(hover.contents)) or ''
check(hover_text:find('Why Docker', 1, true) ~= nil, 'hover on a module title')

-- Course progress: Neovim shows CodeLenses once asked for them (the README's recipe refreshes them).
vim.lsp.codelens.refresh()
local area_line = find_line('Area 1: Docker and Containers')
local function area_lens()
  for _, lens in ipairs(vim.lsp.codelens.get(buf)) do
    if lens.range.start.line == area_line and lens.command then return lens.command.title end
  end
end
check(vim.wait(remaining_ms(), function() return area_lens() ~= nil end, 50), 'a CodeLens on the area heading')
print('lens: ' .. vim.inspect(area_lens()))
check(area_lens():match('^Beginner [✓%d]') ~= nil and area_lens():find('Intermediate', 1, true) ~= nil, 'the lens counts the levels')
local area_hover = request('textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = { line = area_line, character = 4 } })
check(area_hover and area_hover.contents.value:find('Docker and Containers', 1, true) ~= nil, 'hover on the area heading tells its progress')
-- The rounds: Neovim has no summary of them, so they stand as lenses on the notes' title.
local rounds = vim.tbl_filter(function(lens) return lens.range.start.line == 0 and lens.command and lens.command.title:find('^Round 1 %(due') ~= nil end, vim.lsp.codelens.get(buf))
check(#rounds == 1, 'a CodeLens of each round on the notes\' title')

-- A new module after the last one of the intermediate level: `[` on an empty line, then accept.
local at = find_line('docker service ps web') + 2
vim.api.nvim_buf_set_lines(buf, at, at, false, { '', '[', '' })
vim.api.nvim_win_set_cursor(0, { at + 2, 1 })
vim.o.completeopt = 'menu'
-- The answer comes asynchronously: the keys wait for the menu inside Insert mode, then accept.
_G.study_notes_menu = false
local wait_for_menu = '<Cmd>lua _G.study_notes_menu = vim.wait(' .. remaining_ms() .. ', function() return vim.fn.pumvisible() == 1 end, 20)<CR>'
vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('a<C-x><C-o>' .. wait_for_menu .. '<C-y><Esc>', true, false, true), 'nx', false)
check(_G.study_notes_menu, 'the completion menu opens at "["')
local written = vim.api.nvim_buf_get_lines(buf, at + 1, at + 2, false)[1]
print('written: ' .. vim.inspect(written))
check(written:match('^%[[^%[].*%]%(https?://[^)]+%) %(time: %d+ min%)$') ~= nil, 'the accepted module reads like the notes around it')
check(not written:find('\n', 1, true) and not written:find('%z'), 'no NUL byte')
check(not written:find('${', 1, true) and not written:find('$0', 1, true), 'no snippet syntax')
check(vim.api.nvim_buf_get_lines(buf, at + 2, at + 3, false)[1] == '', 'no stray line after it')
if failures == 0 then vim.cmd('qall!') end
