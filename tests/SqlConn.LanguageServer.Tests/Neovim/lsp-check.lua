-- Drives sqlconn serve from headless Neovim (0.7+) as a user's editor would: opens a script,
-- waits for the diagnostics, asks for a completion inside an option list and a hover on an option,
-- and writes what it got as JSON. Started by NeovimTests with these environment variables:
--   SQLCONN_DLL   the built sqlconn.dll
--   SQLCONN_FILE  the script to open
--   SQLCONN_OUT   where to write the result
--   SQLCONN_COMPLETION, SQLCONN_HOVER   "line:character" (0-based) of the two requests
local result = { diagnostics = {}, requests = {} }

local function finish()
  local file = io.open(os.getenv('SQLCONN_OUT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local function position(name)
  local line, character = string.match(os.getenv(name), '(%d+):(%d+)')
  return { line = tonumber(line), character = tonumber(character) }
end

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SQLCONN_FILE')))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'sqlconn',
  cmd = { 'dotnet', os.getenv('SQLCONN_DLL'), 'serve', '--stdio' },
  root_dir = vim.fn.fnamemodify(os.getenv('SQLCONN_FILE'), ':h'),
})
vim.lsp.buf_attach_client(buffer, client_id)

result.received_diagnostics = vim.wait(90000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  table.insert(result.diagnostics, {
    code = diagnostic.code or lsp.code,
    line = diagnostic.lnum,
    character = diagnostic.col,
    end_character = diagnostic.end_col,
    severity = diagnostic.severity,
    message = diagnostic.message,
  })
end

local client = vim.lsp.get_client_by_id(client_id)
result.server_capabilities = {
  completion = client.server_capabilities.completionProvider ~= nil,
  hover = client.server_capabilities.hoverProvider ~= nil and client.server_capabilities.hoverProvider ~= false,
}

-- The requests go to the server whether or not it announces the capability: the test checks that
-- it does, and what it answers.
local pending = 0
local function ask(name, method, at)
  pending = pending + 1
  client.request(method, { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = position(at) }, function(err, answer)
    result.requests[name] = { error_code = err and err.code or vim.NIL, result = answer == nil and vim.NIL or answer }
    pending = pending - 1
  end, buffer)
end
ask('completion', 'textDocument/completion', 'SQLCONN_COMPLETION')
ask('hover', 'textDocument/hover', 'SQLCONN_HOVER')
result.answered = vim.wait(60000, function() return pending == 0 end, 50)

client.stop()
vim.wait(10000, function() return client.is_stopped() end, 50)
finish()
