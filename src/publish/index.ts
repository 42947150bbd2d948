export { writeIndexPage, type IndexPageOptions, type PublishedReport } from './index-page.js';
export { INDEX_FILE, publishIndex, publishedReports } from './publish.js';
