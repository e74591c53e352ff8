// edtf 4.11.1 ships no types; only what the tests use is declared.
declare module 'edtf' {
  interface ExtDate {
    readonly type: string;
    /** UTC ms of the first instant covered. */
    readonly min: number;
    /** UTC ms of the last instant covered. */
    readonly max: number;
  }
  export default function edtf(text: string): ExtDate;
}
