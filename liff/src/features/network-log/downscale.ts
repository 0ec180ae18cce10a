// Photos are made small on the phone before they leave it (rural lines are slow): long side ≤ 1600 px, JPEG.
// Re-encoding also drops the photo's EXIF block, so no GPS position of a school or home travels with it.

export const MAX_PHOTO_SIDE = 1600;
const JPEG_QUALITY = 0.82;

/** The size that fits within `max` on its long side, keeping the shape (never enlarged). */
export function scaledSize(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const k = max / long;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/** Types the phone's browser can draw onto a canvas; other files (PDF, Office) are sent as they are. */
export const isPhoto = (type: string): boolean => /^image\/(jpeg|png|webp|gif|bmp|heic|heif)$/i.test(type);

/** The name with a .jpg ending, for a photo re-encoded as JPEG. */
export const asJpegName = (name: string): string => `${name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'photo'}.jpg`;

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // older iOS: fall back to an <img>
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A JPEG no larger than 1600 px on its long side; the original when the browser cannot draw it (the server decides). */
export async function downscalePhoto(file: File): Promise<{ blob: Blob; name: string }> {
  if (!isPhoto(file.type)) return { blob: file, name: file.name };
  let image;
  try {
    image = await decode(file);
  } catch {
    return { blob: file, name: file.name };
  }
  try {
    const { width, height } = scaledSize(image.width, image.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    if (!g) return { blob: file, name: file.name };
    g.fillStyle = '#fff'; // a transparent PNG becomes white, not black, as JPEG
    g.fillRect(0, 0, width, height);
    g.drawImage(image.source, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/jpeg', JPEG_QUALITY));
    return blob ? { blob, name: asJpegName(file.name) } : { blob: file, name: file.name };
  } finally {
    image.close();
  }
}
