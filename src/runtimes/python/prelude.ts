// The host's side of the Python a learner's program runs inside (the worker's own setup is
// prelude.mjs): the workbook module servers use, and the calls that start a program or a REPL entry.

/** The workbook's own module: a server hands its request handler to the host and the script's main ends. */
export const WORKBOOK_MODULE = `
import _wbhost, json
# MicroPython's own encoder (the program's \`json\` is CPython-like, and slower).
json = json._native

class Serving(BaseException):
    pass

def serve(port, handler):
    def bridge(text):
        return json.dumps(handler(json.loads(text)))
    _wbhost.listen(port, bridge)
    raise Serving()
`;

/** Python that starts the program: `source` compiled as `filename` (<string> for -c, <stdin>, or the script's path). */
export function mainCall(source: string, filename: string): string {
  return `_wb_main(${JSON.stringify(source)}, ${JSON.stringify(filename)})`;
}

/** Python that evaluates one REPL entry in the same globals. */
export function evalCall(source: string): string {
  return `_wb_eval(${JSON.stringify(source)})`;
}
