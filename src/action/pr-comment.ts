/**
 * The sticky PR comment over one run: "evaluating..." while the run goes (never delaying it), then the
 * report. Both record the head they describe, so an overlapping older run never replaces a newer
 * head's comment; a final write that fails leaves a loud note instead of a silent "evaluating...".
 */
import { getErrorMessage } from '../errors.js';
import type { ActionIO } from './io.js';
import { commentMarker, OUTPUTS } from '../github/constants.js';
import type { ActionContext } from '../github/context.js';
import type { GitHubPort, StickyCommentResult } from '../github/port.js';
import { renderMarkdown, renderPendingComment } from '../report/markdown.js';
import type { Report } from '../report/types.js';

export class PrCommentWriter {
  private pendingWrite: Promise<StickyCommentResult | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly github: GitHubPort,
    private readonly context: ActionContext,
    private readonly issueNumber: number,
    private readonly core: ActionIO,
  ) {}

  /** Starts writing "evaluating N prompts at abc1234..." without holding up the evaluation. */
  startPending(promptIds: string[]): void {
    this.pendingWrite = this.write(
      renderPendingComment({ promptIds, headSha: this.context.head, runUrl: this.context.runUrl }),
      true,
    ).catch((error: unknown) => {
      this.core.warning(`could not write the pending PR comment: ${getErrorMessage(error)}`);
      return undefined;
    });
  }

  /**
   * Writes the report (after the pending write, so it is never overwritten by it). Returns a note for
   * the job summary when the comment could not be brought up to date.
   */
  async finish(
    report: Report,
    links: { htmlReportUrl?: string | undefined } = {},
  ): Promise<string | undefined> {
    const pending = await this.pendingWrite;
    const body = renderMarkdown(report, {
      marker: commentMarker(),
      runUrl: this.context.runUrl,
      ...(links.htmlReportUrl ? { htmlReportUrl: links.htmlReportUrl } : {}),
    });
    let result: StickyCommentResult;
    try {
      // A PR that changes no prompt gets no new comment; an earlier verdict is still replaced.
      result = await this.write(body, report.prompts.length > 0);
    } catch (error) {
      result = { action: 'skipped', reason: getErrorMessage(error) };
    }
    if (result.action === 'superseded') {
      this.core.notice(
        `PR comment left alone: the pull request moved on to ${result.newerHead.slice(0, 7)}, whose run reports it`,
      );
      return undefined;
    }
    if (result.action === 'skipped') {
      const pendingShown = pending !== undefined && 'id' in pending;
      const stale = pendingShown
        ? 'The PR comment is stale: it still says "evaluating..." because GitHub did not take the final update'
        : 'The PR comment was not updated: GitHub did not take the write';
      this.core.warning(
        `${stale} (${result.reason}). The verdict is in this job summary and the check status.`,
      );
      return `> [!WARNING]\n> ${stale} (${result.reason}). This summary holds the verdict.\n`;
    }
    if (result.action !== 'none') {
      this.core.setOutput(OUTPUTS.commentUrl, result.url);
      this.core.info(`PR comment ${result.action}: ${result.url}`);
    }
    return undefined;
  }

  private write(body: string, createIfMissing: boolean): Promise<StickyCommentResult> {
    return this.github.upsertStickyComment({
      owner: this.context.owner,
      repo: this.context.repo,
      issueNumber: this.issueNumber,
      marker: commentMarker(),
      body,
      createIfMissing,
      ...(this.context.head ? { headSha: this.context.head } : {}),
    });
  }
}
