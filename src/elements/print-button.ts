/** Print buttons on job aids: the print stylesheet keeps only the card. */
document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-print]');
  if (!button) return;
  document.body.dataset.printing = 'job-aid';
  button.closest('.job-aid')?.classList.add('printing');
  print();
  button.closest('.job-aid')?.classList.remove('printing');
  delete document.body.dataset.printing;
});
