/** Offers a Blob to the user as a file download (the element's exports are files, not navigation). */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download synchronously; the URL can go on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
