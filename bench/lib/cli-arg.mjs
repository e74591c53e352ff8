/** The value of `--name=value` on the command line, or `fallback` when it is not given. */
export const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
