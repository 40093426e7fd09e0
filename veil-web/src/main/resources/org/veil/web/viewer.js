// The image viewer: draws the server's PNG of a frame on a canvas, the boxes over the result (the run's in red, the
// reviewers' in green, the selected one in cyan), lists them, and lets a reviewer drag a new box, select a box and
// drag it elsewhere, move or delete it, or mark a text value as a miss. Every change is posted with the page's CSRF
// token; the server re-runs the pixel step or text cleaning.
(function () {
  const csrf = document.querySelector('meta[name=csrf]').content;
  const ID = document.getElementById('viewer').dataset.id;
  const ORIGINAL = document.getElementById('viewer').dataset.original === 'true';
  const result = document.getElementById('result');
  const field = (id) => document.getElementById(id);
  const REVIEWER = field('apply') !== null;
  let boxes = [];
  let selected = null;
  let drag = null;
  let version = 0;

  function params() {
    return 'frame=' + field('frame').value + '&center=' + field('center').value + '&width=' + field('width').value;
  }

  function onFrame(b, frame) {
    return b.frame >= 0 ? b.frame === frame : !b.excluded.includes(frame);
  }

  function draw(canvas, url, withBoxes) {
    const img = new Image();
    const drawn = version;
    img.onload = function () {
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      if (withBoxes) {
        g.lineWidth = 2;
        const frame = Number(field('frame').value);
        for (const b of boxes) {
          if (!onFrame(b, frame)) continue;
          g.strokeStyle = b.id === selected ? '#00ffff' : b.added ? '#00ff00' : '#ff0000';
          g.strokeRect(b.x, b.y, b.w, b.h);
        }
        if (drag && drag.w > 0) {
          g.strokeStyle = '#ffff00';
          g.strokeRect(drag.x, drag.y, drag.w, drag.h);
        }
      }
      canvas.dataset.loaded = String(Number(canvas.dataset.loaded || 0) + 1);
      canvas.dataset.version = String(drawn);
    };
    img.src = url + '?' + params() + '&t=' + Date.now();
  }

  function table() {
    const t = field('boxes');
    t.textContent = '';
    const head = t.insertRow();
    for (const h of ['box', 'made by', 'position', 'frames', '']) head.insertCell().textContent = h;
    for (const b of boxes) {
      const r = t.insertRow();
      r.id = 'box-' + b.id;
      r.insertCell().textContent = b.id;
      r.insertCell().textContent = b.added ? 'reviewer' : 'detection';
      r.insertCell().textContent = '[' + b.x + ',' + b.y + ' ' + b.w + 'x' + b.h + ']';
      r.insertCell().textContent = b.where;
      const c = r.insertCell();
      if (REVIEWER) {
        const s = document.createElement('button');
        s.id = 'select-' + b.id;
        s.textContent = b.id === selected ? 'selected' : 'select';
        s.addEventListener('click', () => select(b.id));
        c.appendChild(s);
      }
    }
  }

  function select(id) {
    selected = id;
    const b = boxes.find(x => x.id === id);
    if (b) show(b);
    table();
    draw(result, '/api/instance/' + ID + '/png', true);
  }

  function show(r) {
    field('bx').value = r.x; field('by').value = r.y; field('bw').value = r.w; field('bh').value = r.h;
  }

  function refresh() {
    fetch('/api/instance/' + ID + '/boxes').then(r => r.json()).then(b => {
      boxes = b;
      version++;
      if (!boxes.some(x => x.id === selected)) selected = null;
      table();
      draw(result, '/api/instance/' + ID + '/png', true);
      if (ORIGINAL) draw(document.getElementById('original'), '/api/instance/' + ID + '/original.png', false);
    });
  }

  function at(e) {
    const r = result.getBoundingClientRect();
    return {x: Math.round((e.clientX - r.left) * result.width / r.width),
            y: Math.round((e.clientY - r.top) * result.height / r.height)};
  }

  function inside(b, p) {
    return p.x >= b.x && p.x < b.x + b.w && p.y >= b.y && p.y < b.y + b.h;
  }

  function post(url, body, done, where) {
    body.set('csrf', csrf);
    fetch(url, {method: 'POST', headers: {'X-CSRF-Token': csrf}, body: body})
      .then(r => r.ok ? r.json() : r.text().then(t => Promise.reject(r.status + ': ' + t)))
      .then(j => { field(where).textContent = done(j); drag = null; refresh(); })
      .catch(s => { field(where).textContent = 'failed (' + s + ')'; });
  }

  function scope() {
    return field('allframes').checked ? '-1' : field('frame').value;
  }

  function boxDone(j) {
    return 'done: ' + j.framesChanged + ' frame(s) changed' + (j.textInRestored > 0
      ? '; WARNING: the second pass still detects text in ' + j.textInRestored + ' area(s) given back' : '');
  }

  function position() {
    return new URLSearchParams({x: field('bx').value, y: field('by').value, w: field('bw').value,
      h: field('bh').value, frame: scope()});
  }

  if (REVIEWER) {
    result.addEventListener('mousedown', e => {
      const p = at(e);
      const frame = Number(field('frame').value);
      const under = boxes.filter(b => onFrame(b, frame) && inside(b, p));
      const hit = under.find(b => b.id === selected);
      drag = hit ? {move: hit, x0: p.x, y0: p.y, x: hit.x, y: hit.y, w: hit.w, h: hit.h}
                 : {x0: p.x, y0: p.y, x: p.x, y: p.y, w: 0, h: 0, click: under[0]};
    });
    result.addEventListener('mousemove', e => {
      if (!drag || drag.done) return;
      const p = at(e);
      if (drag.move) {
        drag.x = drag.move.x + p.x - drag.x0; drag.y = drag.move.y + p.y - drag.y0;
      } else {
        drag.x = Math.min(p.x, drag.x0); drag.y = Math.min(p.y, drag.y0);
        drag.w = Math.abs(p.x - drag.x0); drag.h = Math.abs(p.y - drag.y0);
      }
    });
    result.addEventListener('mouseup', () => {
      if (!drag) return;
      if (!drag.move && drag.w === 0 && drag.click) {
        const id = drag.click.id;
        drag = null;
        select(id);
        return;
      }
      drag.done = true;
      show(drag);
      draw(result, '/api/instance/' + ID + '/png', true);
    });
    field('apply').addEventListener('click', () => post('/api/instance/' + ID + '/box', position(), boxDone,
      'message'));
    field('move').addEventListener('click', () => {
      if (!selected) { field('message').textContent = 'select a box first'; return; }
      post('/api/instance/' + ID + '/box/' + selected + '/move', position(), boxDone, 'message');
    });
    field('delete').addEventListener('click', () => {
      if (!selected) { field('message').textContent = 'select a box first'; return; }
      post('/api/instance/' + ID + '/box/' + selected + '/delete', new URLSearchParams({frame: scope()}), boxDone,
        'message');
    });
    field('miss').addEventListener('click', () => {
      const body = new URLSearchParams({attribute: field('missattr').value, term: field('term').value,
        scope: field('missscope').value});
      post('/api/instance/' + ID + '/text-miss', body, j => {
        field('term').value = '';
        return 'done: ' + j.values + ' value(s) in ' + j.instances + ' instance(s) changed';
      }, 'missmessage');
    });
  }
  for (const id of ['frame', 'center', 'width']) field(id).addEventListener('change', refresh);
  refresh();
})();
