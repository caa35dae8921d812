-- Ends a wrk run (scripts/bench/wrk.ts) with one line of JSON: the counts and the latencies it
-- measured, in microseconds.
done = function(summary, latency, requests)
  io.write(string.format(
    'WRK-JSON {"requests":%d,"duration":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d,"mean":%.1f,"p50":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout,
    latency.mean, latency:percentile(50), latency:percentile(99), latency.max))
end
