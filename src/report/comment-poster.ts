import type { Context } from '../context.js';
import type { GitHubClient } from '../github/client.js';
import {
  authorOf,
  resolveIdentity,
  writtenBy,
  type Authored,
  type Identity,
} from '../github/identity.js';
import {
  COMMENT_MARKER,
  mergeEntries,
  parseCommentEntries,
  renderComment,
  type CommentEntry,
} from './comment.js';

export interface PostCommentOptions {
  pullRequest: number;
  title: string;
  branch: string;
  entries: CommentEntry[];
}

export interface PostedComment {
  id: number;
  created: boolean;
  body: string;
}

interface StoredComment extends Authored {
  id: number;
  body?: string | null;
}

/** Rounds of re-read → merge → write before giving up on a comment another job keeps rewriting. */
const MAX_ROUNDS = 5;

/**
 * All our marker comments on the pull request, oldest first, across every page. Only comments written
 * by our identity count: anyone can paste the marker and hidden data into a comment of their own.
 */
async function findMarkerComments(
  github: GitHubClient,
  pullRequest: number,
  identity: Identity,
): Promise<StoredComment[]> {
  const { owner, repo } = github.context;
  const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pullRequest,
    per_page: 100,
  });
  return comments
    .filter((c: StoredComment) => c.body?.includes(COMMENT_MARKER) && writtenBy(c, identity))
    .sort((a, b) => a.id - b.id);
}

/** Every entry of ours is stored as written, or superseded by a strictly newer one. */
function containsAll(body: string, ours: CommentEntry[], now: Date): boolean {
  const stored = parseCommentEntries(body, now);
  return ours.every((mine) =>
    stored.some(
      (s) =>
        s.worker === mine.worker &&
        (Date.parse(s.updatedAt) > Date.parse(mine.updatedAt) ||
          JSON.stringify(s) === JSON.stringify(mine)),
    ),
  );
}

/**
 * Creates the sticky comment once, or updates it in place. The comment is re-read right before each
 * update and our rows merged into what is there, so concurrent jobs (one per Worker) keep each other's
 * rows; after writing we read back and repeat if another job overwrote ours in between.
 */
export async function upsertComment(
  github: GitHubClient,
  options: PostCommentOptions,
  ctx: Context,
): Promise<PostedComment> {
  const { owner, repo } = github.context;
  const render = (entries: CommentEntry[]) =>
    renderComment({
      pullRequest: options.pullRequest,
      title: options.title,
      branch: options.branch,
      entries,
    });

  let identity = await resolveIdentity(github);
  const now = ctx.now();
  let [target, ...duplicates] = await findMarkerComments(github, options.pullRequest, identity);
  let created = false;
  if (!target) {
    const body = render(options.entries);
    const { data } = await github.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: options.pullRequest,
      body,
    });
    created = true;
    identity = authorOf(data, identity);
    // Two jobs may both have found no comment: the oldest wins, the others fold into it.
    [target, ...duplicates] = await findMarkerComments(github, options.pullRequest, identity);
    target ??= { id: data.id, body };
  }
  for (const duplicate of duplicates) {
    await github.octokit.rest.issues
      .deleteComment({ owner, repo, comment_id: duplicate.id })
      .catch(() => ctx.log.debug(`Comment ${duplicate.id} was already removed.`));
  }
  const carried = duplicates.flatMap((d) => parseCommentEntries(d.body ?? '', now));
  const ours = mergeEntries(carried, options.entries);
  // Our rows as a read-back gives them (fields checked and rebuilt in their own order): what to look for.
  const expected = parseCommentEntries(render(ours), now);

  for (let round = 1; ; round++) {
    const { data: current } = await github.octokit.rest.issues.getComment({
      owner,
      repo,
      comment_id: target.id,
    });
    if (containsAll(current.body ?? '', expected, now)) {
      return { id: target.id, created, body: current.body ?? '' };
    }
    const body = render(mergeEntries(parseCommentEntries(current.body ?? '', now), ours));
    await github.octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body });
    if (round === MAX_ROUNDS) {
      ctx.log.warn(
        `The PR comment ${target.id} kept changing while we updated it; our rows may lag.`,
      );
      return { id: target.id, created, body };
    }
  }
}
