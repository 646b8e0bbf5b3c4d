// Drag and drop onto the upload form: the dropped file goes into the form's own file field, and the form is sent as
// without script (a plain multipart POST). Without this script the field and its button work the same.
document.addEventListener('DOMContentLoaded', () => {
  const zone = document.querySelector('[data-drop]');
  const input = zone && zone.querySelector('input[type=file]');
  if (!zone || !input) return;
  zone.querySelector('.hint').hidden = false;
  const over = on => e => { e.preventDefault(); zone.classList.toggle('over', on); };
  zone.addEventListener('dragenter', over(true));
  zone.addEventListener('dragover', over(true));
  zone.addEventListener('dragleave', over(false));
  zone.addEventListener('drop', e => {
    over(false)(e);
    if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
    input.files = e.dataTransfer.files;
    input.form.requestSubmit();
  });
});
