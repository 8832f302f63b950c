interface ImportMetaEnv {
  /** True only under `astro dev` (see src/integrations/publishing-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
