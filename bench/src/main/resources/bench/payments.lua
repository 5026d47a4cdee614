-- wrk script of the payment benchmark: counter payments to random accounts, each request with its
-- own Idempotency-Key. Arguments (after --): bearer token, file of account numbers, run nonce.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local accounts = {}
local counter = 0
local token, prefix

function init(args)
  token = args[1]
  for line in io.lines(args[2]) do
    accounts[#accounts + 1] = line
  end
  prefix = "wrk-" .. args[3] .. "-" .. tostring(tid) .. "-"
  math.randomseed(tonumber(args[3]) + tid * 7919)
end

function request()
  counter = counter + 1
  local account = accounts[math.random(1, #accounts)]
  local amount = string.format("%d.%02d", math.random(50, 2999), math.random(0, 99))
  local body = '{"accountNo":"' .. account .. '","amount":' .. amount .. ',"channel":"COUNTER","method":"CASH"}'
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. counter
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("HCWRK requests=%d duration_us=%d p50=%d p90=%d p99=%d max=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
end
