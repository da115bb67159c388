import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** English page furniture. */
export const furniture: FurnitureLexicon = {
  related: ['read also', 'read more', 'related', 'related articles', 'related stories', 'related posts', 'more from', 'more on this', 'more stories', 'you may also like', 'you might also like', 'recommended', 'see also', 'also read', 'further reading', 'trending', 'most read', 'most popular', 'popular posts', 'recent posts', 'latest news', 'read next', 'up next', 'if you enjoyed reading this', 'more articles', 'latest articles', 'latest stories', 'related content', 'read the full story'],
  share: ['share', 'share this', 'share on', 'share via', 'tweet', 'email this', 'pin it', 'click to share', 'share this article', 'share this story'],
  subscribe: ['subscribe', 'sign up', 'get the', 'join our', 'follow us', 'newsletter', 'get our', 'receive our'],
  comments: ['leave a comment', 'leave a reply', 'comments are closed', 'post a comment', 'add a comment', 'comments', 'no comments', 'reply', 'view comments'],
  feedback: ['was this article helpful', 'was this helpful', 'did you find this', 'rate this'],
  advert: ['advertisement', 'sponsored', 'ad', 'promoted'],
  posted: ['posted in', 'filed under', 'tagged', 'tags:', 'categories:', 'category:', 'this entry was posted', 'topics:', 'posted by'],
  navigation: ['load more', 'back to top', 'print', 'skip to content', 'next article', 'previous article', 'next post', 'previous post', 'continue reading', 'show more', 'click here'],
  captionLabels: ['photo', 'photos', 'image', 'images', 'picture', 'credit', 'credits', 'photo credit', 'image credit', 'image source', 'illustration'],
  imageLines: ['featured image', 'image from', 'image via', 'image courtesy of', 'photo from', 'photo via', 'photo courtesy of', 'photo by', 'image by', 'photograph by', 'pictured', 'source:', 'via:'],
  bylineLabels: ['author:', 'authors:', 'by', 'written by', 'reporting by', 'words by', 'text by'],
  disclaimerLabels: ['disclaimer', 'legal notice'],
  disclaimerPhrases: ['for informational purposes only', 'does not constitute', 'all rights reserved'],
  readVersion: ['read', 'version', 'edition', 'view'],
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  dateWords: ['published', 'updated', 'posted', 'last updated', 'last modified', 'created', 'on', 'at', 'am', 'pm', 'utc', 'gmt', 'et', 'est', 'edt', 'cet', 'cest', 'date', 'of', 'th', 'st', 'nd', 'rd'],
  languageNames: ['english', 'en'],
};
