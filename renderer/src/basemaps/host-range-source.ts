// The pmtiles package reads archives through its `Source` interface (getBytes by offset and length). This one
// answers from the Host's readByteRange, so a PMTiles of any size is read piece by piece from the local disk
// (Electron: the main process reads the range; browser host: File.slice) and never fetched from a network.
import type { RangeResponse, Source } from 'pmtiles';
import type { Host } from '../../../shared/host/host';

export type ByteRangeReader = Pick<Host, 'readByteRange'>;

export class HostRangeSource implements Source {
  constructor(
    private readonly host: ByteRangeReader,
    private readonly handle: string,
    /** A stable key for pmtiles' directory cache; the basemap id, never a path. */
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const bytes = await this.host.readByteRange(this.handle, offset, length);
    // pmtiles wants an ArrayBuffer holding exactly the range (a view into a larger buffer would leak other bytes).
    const data = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    return { data };
  }
}
