/** A person as the plugin's actions name them: enough to write about them and to open their note. */
export interface PersonRef {
  name: string;
  path: string;
}
