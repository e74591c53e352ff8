// Inlined as a classic script at the top of every bench page, before any library loads
// (d3-timer captures requestAnimationFrame when its module is evaluated).
//
// It timestamps the end of each rendered frame: a message posted from a rAF callback runs as
// a task right after that frame's style, layout and paint. The harness reads these stamps to
// tell when the last DOM change a library made was painted, whichever way the library
// schedules its work (microtasks, its own rAF, setTimeout, d3 transitions).
(function () {
  var channel = new MessageChannel();
  var probe = { renderEnds: [], active: false };
  channel.port1.onmessage = function () {
    probe.renderEnds.push(performance.now());
  };
  function frame() {
    if (!probe.active) return;
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  }
  probe.start = function () {
    probe.renderEnds = [];
    if (!probe.active) {
      probe.active = true;
      requestAnimationFrame(frame);
    }
  };
  probe.stop = function () {
    probe.active = false;
  };
  window.__frameProbe = probe;
})();
