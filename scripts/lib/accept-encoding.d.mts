export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[];
