/**
 * Where the published web editor keeps the content: the district's own Git server.
 * Public hosted Git is often unusable for government work, so the default is a
 * self-hosted GitLab with an OAuth application using PKCE (no client secret, no extra
 * auth server). docs/网页编辑器.md explains each value; change them here, once.
 */

export interface GitBackend {
	/** Decap backend: `gitlab` (recommended: the 三审 workflow runs on merge requests) or `gitea`. */
	name: 'gitlab' | 'gitea';
	/** Project path on the Git server, `group/project`. */
	repo: string;
	/** The branch the site is built from. */
	branch: string;
	/** The server's address, e.g. `https://git.example.gov.cn`. */
	base_url: string;
	/** Its REST API: `<base_url>/api/v4` for GitLab, `<base_url>/api/v1` for Gitea. */
	api_root: string;
	/** The OAuth application's ID (GitLab: Application ID; Gitea: Client ID). */
	app_id: string;
	/** PKCE: the browser signs in without a client secret. */
	auth_type: 'pkce';
	/** GitLab's authorisation path; Gitea's is fixed by Decap. */
	auth_endpoint?: string;
}

export const GIT_BACKEND: GitBackend = {
	name: 'gitlab',
	repo: 'anju/dbjj-site',
	branch: 'main',
	base_url: 'https://git.example.gov.cn',
	api_root: 'https://git.example.gov.cn/api/v4',
	app_id: '待填写：GitLab 应用 ID',
	auth_type: 'pkce',
	auth_endpoint: 'oauth/authorize',
};
