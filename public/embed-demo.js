// The embed demo: two players in iframes, driven through Futures Visualizer's postMessage API
// (see the README). Plain script, no build step: the site's policy forbids inline scripts.
'use strict';
(function () {
  // The player's address: ?player=https://…/ on this page, else this site's own app.
  var requested = new URLSearchParams(location.search).get('player');
  var base;
  try {
    base = new URL(requested || './', location.href);
  } catch {
    base = new URL('./', location.href);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') base = new URL('./', location.href);
  var playerOrigin = base.origin;

  var frames = [document.getElementById('first'), document.getElementById('second')];
  var links = ['?scenario=fetch-square', '?scenario=lab&numbers=2,3,4&delays=3,1,2'];
  frames.forEach(function (frame, i) {
    var src = new URL(links[i] + '&embed=1', base);
    frame.src = src.toString();
  });

  function send(command) {
    frames.forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage(command, playerOrigin);
    });
  }
  function on(id, command) {
    document.getElementById(id).addEventListener('click', function () {
      send(command);
    });
  }
  on('play', { type: 'fv:command', command: 'play' });
  on('pause', { type: 'fv:command', command: 'pause' });
  on('step', { type: 'fv:command', command: 'step' });
  on('back', { type: 'fv:command', command: 'back' });
  on('seek', { type: 'fv:command', command: 'seek', t: 5 });
  on('load', { type: 'fv:command', command: 'load', link: '?scenario=done-callbacks' });

  // State from the players: only from the player's origin, only from our frames, as text.
  var log = document.getElementById('log');
  var last = [null, null];
  window.addEventListener('message', function (event) {
    if (event.origin !== playerOrigin) return;
    var which = frames.findIndex(function (f) {
      return f.contentWindow === event.source;
    });
    var data = event.data;
    if (which < 0 || !data || data.type !== 'fv:state') return;
    // While playing a player reports every frame: log one line per change of scenario or
    // playing, and the last position each time it pauses.
    var key = data.scenario + '|' + data.playing;
    if (data.playing && last[which] === key) return;
    last[which] = key;
    var item = document.createElement('li');
    item.textContent =
      (which === 0 ? 'first' : 'second') +
      ': t=' +
      Number(data.t).toFixed(3) +
      ' s, ' +
      (data.playing ? 'playing' : 'paused') +
      ', ' +
      String(data.scenario);
    item.dataset.player = which === 0 ? 'first' : 'second';
    log.appendChild(item);
    while (log.children.length > 200) log.removeChild(log.firstChild);
    log.scrollTop = log.scrollHeight;
  });
})();
