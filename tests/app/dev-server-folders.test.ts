import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { servedFolders } from '../../vite.config.ts';

describe('the dev server serves MapLibre\'s worker wherever node_modules really lies', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'cm-fs-allow-')));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('a node_modules linked to another folder adds that folder\'s maplibre-gl/dist, besides the workspace', () => {
    const shared = join(base, 'shared/node_modules');
    mkdirSync(join(shared, 'maplibre-gl/dist'), { recursive: true });
    const project = join(base, 'project');
    mkdirSync(project);
    symlinkSync(shared, join(project, 'node_modules'));
    const folders = servedFolders(project);
    expect(folders).toContain(join(shared, 'maplibre-gl/dist'));
    expect(folders[0]).toBe(project);
  });

  it('a project without maplibre-gl installed keeps only the workspace', () => {
    const bare = join(base, 'bare');
    mkdirSync(bare);
    expect(servedFolders(bare)).toEqual([bare]);
  });
});
