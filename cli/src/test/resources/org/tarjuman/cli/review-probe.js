// Appended to a review page by ReviewPageChromiumIT: measures the rendered layout and writes it
// into the DOM as JSON, for chromium --dump-dom to print.
(function () {
  function charRect(node, offset) {
    var r = document.createRange();
    r.setStart(node, offset);
    r.setEnd(node, offset + 1);
    return r.getBoundingClientRect();
  }
  function firstText(el) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (node.data.trim().length > 0) return node;
    }
    return null;
  }
  var cells = [];
  document.querySelectorAll('td.source, td.target').forEach(function (td) {
    var cs = getComputedStyle(td);
    var box = td.getBoundingClientRect();
    var text = firstText(td);
    var i = 0;
    while (text.data[i] === ' ') i++;
    var first = charRect(text, i);
    cells.push({
      row: td.parentElement.id, kind: td.className, direction: cs.direction,
      textAlign: cs.textAlign, unicodeBidi: cs.unicodeBidi,
      contentLeft: box.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
      contentRight: box.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
      firstLeft: first.left, firstRight: first.right
    });
  });
  var codes = [];
  document.querySelectorAll('td bdi.code').forEach(function (bdi) {
    var t = bdi.firstChild;
    var a = charRect(t, 0);
    var z = charRect(t, t.data.length - 1);
    codes.push({
      row: bdi.closest('tr').id, kind: bdi.parentElement.className, text: t.data,
      direction: getComputedStyle(bdi).direction, unicodeBidi: getComputedStyle(bdi).unicodeBidi,
      firstLeft: a.left, lastLeft: z.left, firstTop: a.top, lastTop: z.top
    });
  });
  var numbers = [];
  document.querySelectorAll('td.source').forEach(function (td) {
    var walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var re = /\d\d+/g;
      var m;
      while ((m = re.exec(node.data))) {
        var a = charRect(node, m.index);
        var z = charRect(node, m.index + m[0].length - 1);
        numbers.push({ row: td.parentElement.id, text: m[0], firstLeft: a.left, lastLeft: z.left });
      }
    }
  });
  var rows = document.querySelectorAll('table.segments tbody tr');
  document.querySelector('input[name=status][value=new]').click();
  var visible = Array.prototype.filter.call(rows, function (r) { return !r.hidden; }).length;
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify({
    cells: cells, codes: codes, numbers: numbers, rows: rows.length,
    visibleWithoutNew: visible, shown: document.getElementById('shown').textContent
  });
  document.body.appendChild(pre);
}());
