// The shapes the UI reads from /api: the types inferred from the API's zod schemas (type-only:
// nothing of the server is bundled).
export type {
  ArticleDetailDto as ArticleDetail,
  ArticleSummaryDto as ArticleSummary,
  CoverageDay as Coverage,
  EntityDetailDto as EntityPage,
  EntitySummaryDto as EntitySummary,
  Health,
  OutletDto as OutletRow,
  OutletsDto as Outlets,
  PageDto as Page,
  SearchHitDto as SearchHit,
  StatementDto as Statement,
  StatementReportDto as StatementReport,
  StatementSummaryDto as StatementSummary,
  StoredArticleDto as StoredArticle,
  StoryArticleDto as StoryArticle,
  StoryDetailDto as StoryDetail,
  StoryWithCoverageDto as StoryRow,
  TimelineDto as Timeline,
  TimelineItemDto as TimelineItem,
} from '../../src/api/schemas.js';
