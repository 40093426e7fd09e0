// The image viewer: draws the server's PNG of a frame on a canvas, the removed boxes in red over the result, and
// lets a reviewer drag a new box, then posts it (with the page's CSRF token) to re-run the pixel step.
(function () {
  const csrf = document.querySelector('meta[name=csrf]').content;
  const ID = document.getElementById('viewer').dataset.id;
  const ORIGINAL = document.getElementById('viewer').dataset.original === 'true';
  const result = document.getElementById('result');
  const field = (id) => document.getElementById(id);
  let boxes = [];
  let drag = null;

  function params() {
    return 'frame=' + field('frame').value + '&center=' + field('center').value + '&width=' + field('width').value;
  }

  function draw(canvas, url, withBoxes) {
    const img = new Image();
    img.onload = function () {
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      if (withBoxes) {
        g.lineWidth = 2;
        const frame = Number(field('frame').value);
        for (const b of boxes) {
          if (b.frame >= 0 && b.frame !== frame) continue;
          g.strokeStyle = b.added ? '#00ff00' : '#ff0000';
          g.strokeRect(b.x, b.y, b.w, b.h);
        }
        if (drag && drag.w > 0) {
          g.strokeStyle = '#ffff00';
          g.strokeRect(drag.x, drag.y, drag.w, drag.h);
        }
      }
      canvas.dataset.loaded = String(Number(canvas.dataset.loaded || 0) + 1);
    };
    img.src = url + '?' + params() + '&t=' + Date.now();
  }

  function refresh() {
    fetch('/api/instance/' + ID + '/boxes').then(r => r.json()).then(b => {
      boxes = b;
      draw(result, '/api/instance/' + ID + '/png', true);
      if (ORIGINAL) draw(document.getElementById('original'), '/api/instance/' + ID + '/original.png', false);
    });
  }

  function at(e) {
    const r = result.getBoundingClientRect();
    return {x: Math.round((e.clientX - r.left) * result.width / r.width),
            y: Math.round((e.clientY - r.top) * result.height / r.height)};
  }

  if (field('apply')) {
    result.addEventListener('mousedown', e => { const p = at(e); drag = {x0: p.x, y0: p.y, x: p.x, y: p.y, w: 0, h: 0}; });
    result.addEventListener('mousemove', e => {
      if (!drag || drag.done) return;
      const p = at(e);
      drag.x = Math.min(p.x, drag.x0); drag.y = Math.min(p.y, drag.y0);
      drag.w = Math.abs(p.x - drag.x0); drag.h = Math.abs(p.y - drag.y0);
    });
    result.addEventListener('mouseup', () => {
      if (!drag) return;
      drag.done = true;
      field('bx').value = drag.x; field('by').value = drag.y; field('bw').value = drag.w; field('bh').value = drag.h;
      draw(result, '/api/instance/' + ID + '/png', true);
    });
    field('apply').addEventListener('click', () => {
      const body = new URLSearchParams({x: field('bx').value, y: field('by').value, w: field('bw').value,
        h: field('bh').value, frame: field('allframes').checked ? '-1' : field('frame').value});
      fetch('/api/instance/' + ID + '/box', {method: 'POST', headers: {'X-CSRF-Token': csrf}, body: body})
        .then(r => r.ok ? r.json() : Promise.reject(r.status))
        .then(j => { field('message').textContent = 'done: ' + j.framesChanged + ' frame(s) changed'; drag = null; refresh(); })
        .catch(s => { field('message').textContent = 'failed (' + s + ')'; });
    });
  }
  for (const id of ['frame', 'center', 'width']) field(id).addEventListener('change', refresh);
  refresh();
})();
