/** An entry of the published /data/embeds.json, as a newsroom's tools read it (the fields these tests use). */
export type PublishedEmbed = {
  readonly id: string;
  readonly kind: 'graphic' | 'page';
  readonly title: string;
  readonly iframeTitle: string;
  readonly embedUrl: string;
  readonly oembedUrl: string;
  readonly defaultHeight: number;
  readonly options: readonly { readonly name: string; readonly in: string; readonly values: unknown }[];
};
