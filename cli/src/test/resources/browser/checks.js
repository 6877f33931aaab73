// Layout checks a report must pass in a real browser, written into a pre element (id dsim-checks) as
// one problem per line (empty when all pass), for the test that loads the page headless.
(function () {
  var problems = [];
  var doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) {
    problems.push('the page scrolls sideways: ' + doc.scrollWidth + 'px wide in a ' + window.innerWidth + 'px window');
  }
  var svgs = document.querySelectorAll('svg');
  svgs.forEach(function (svg, n) {
    var title = svg.querySelector('title');
    var name = title ? title.textContent : 'chart ' + (n + 1);
    if (!title || !title.textContent.trim()) {
      problems.push(name + ': no title');
    }
    var frame = svg.getBoundingClientRect();
    var texts = Array.prototype.slice.call(svg.querySelectorAll('text')).filter(function (t) {
      return t.textContent.trim().length > 0;
    });
    texts.forEach(function (t) {
      // On screen, so a rotated axis title is measured as drawn.
      var b = t.getBoundingClientRect();
      if (b.left < frame.left - 1 || b.top < frame.top - 1 || b.right > frame.right + 1
          || b.bottom > frame.bottom + 1) {
        problems.push(name + ': text "' + t.textContent + '" is clipped by the chart\'s edge');
      }
    });
    for (var i = 0; i < texts.length; i++) {
      var a = texts[i].getBoundingClientRect();
      for (var j = i + 1; j < texts.length; j++) {
        var c = texts[j].getBoundingClientRect();
        var w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        var h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (w > 2 && h > 2) {
          problems.push(name + ': "' + texts[i].textContent + '" overlaps "' + texts[j].textContent + '"');
        }
      }
    }
    svg.querySelectorAll('g.axis').forEach(function (axis) {
      var ticks = Array.prototype.slice.call(axis.querySelectorAll('text')).filter(function (t) {
        return !t.classList.contains('axis-title') && t.textContent.trim().length > 0;
      });
      if (!axis.querySelector('text.axis-title')) {
        problems.push(name + ': an axis without a title');
      }
      if (ticks.length < 2) {
        problems.push(name + ': an axis with ' + ticks.length + ' tick label(s); it needs one at each end');
      }
    });
  });
  var out = document.createElement('pre');
  out.id = 'dsim-checks';
  out.textContent = 'charts: ' + svgs.length + '\n' + problems.join('\n');
  document.body.appendChild(out);
})();
