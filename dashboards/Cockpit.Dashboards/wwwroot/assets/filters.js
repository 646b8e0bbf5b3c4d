// The leadership page's filters apply as soon as one is chosen; without script the form's button does the same.
document.querySelectorAll('form.filters').forEach(form => {
  form.querySelectorAll('select').forEach(select => select.addEventListener('change', () => form.submit()));
  form.querySelectorAll('button[type=submit]').forEach(button => { button.hidden = true; });
});
