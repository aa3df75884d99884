/**
 * Reads the Prometheus text exposition format strictly enough to catch a malformed line: every
 * line is a `# HELP`/`# TYPE` comment or `name{label="value",…} number`. Returns the samples by
 * their full series name, e.g. `kuril_commands_total{command="help",outcome="answered"}`.
 * prom-client writes NaN as `Nan` (the event-loop lag before its first sample); Prometheus reads
 * NaN in any case, so this does too.
 */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? ([Nn]a[Nn]|[+-]Inf|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?: \d+)?$/;

export function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not Prometheus text: ${JSON.stringify(line)}`);
    samples.set(`${match[1]}${match[2] ?? ''}`, Number(match[3]));
  }
  return samples;
}
