(function () {
  'use strict';
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.segments tbody tr'));
  var shown = document.getElementById('shown');
  var onlyQa = document.getElementById('only-qa');
  function apply() {
    var wanted = {};
    form.querySelectorAll('input[name=status]').forEach(function (box) {
      wanted[box.value] = box.checked;
    });
    var count = 0;
    rows.forEach(function (row) {
      var visible = wanted[row.dataset.status] === true;
      if (onlyQa.checked) {
        visible = visible ? row.dataset.qa !== '0' : false;
      }
      row.hidden = !visible;
      if (visible) {
        count += 1;
      }
    });
    shown.textContent = count + ' of ' + rows.length + ' segments shown';
  }
  form.addEventListener('change', apply);
  apply();
}());
