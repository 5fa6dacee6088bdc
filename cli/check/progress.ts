// Progress on stderr for large stacks: a line every tenth of the way (or a live counter on a terminal).
const THRESHOLD = 300;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    if (total <= THRESHOLD) return;
    if (stream.isTTY) {
      if (done % 100 === 0 || done === total) stream.write(`\ranalysed ${done}/${total} resources${done === total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`analysed ${done}/${total} resources\n`);
    }
  };
}
