<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Shot List (CSV)…</source>
        <translation>镜头表（CSV）…</translation>
    </message>
    <message>
        <source>OpenTimelineIO…</source>
        <translation>OpenTimelineIO…</translation>
    </message>
    <message>
        <source>Final Cut 7 / Premiere XML…</source>
        <translation>Final Cut 7 / Premiere XML…</translation>
    </message>
    <message>
        <source>Final Cut Pro X (FCPXML)…</source>
        <translation>Final Cut Pro X（FCPXML）…</translation>
    </message>
    <message>
        <source>CMX 3600 EDL…</source>
        <translation>CMX 3600 EDL…</translation>
    </message>
    <message>
        <source>Package for Sharing (zip)…</source>
        <translation>分享包（zip）…</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>成片</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>创建一个项目</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>从示例新建(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开一个项目</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Screenplay…</source>
        <translation>导入剧本(&amp;I)…</translation>
    </message>
    <message>
        <source>Break a Fountain or Final Draft script down into storyboards</source>
        <translation>把 Fountain 或 Final Draft 剧本拆解成故事板</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Storyboard PDF (A4)…</source>
        <translation>故事板 PDF（A4）…</translation>
    </message>
    <message>
        <source>Storyboard PDF (Letter)…</source>
        <translation>故事板 PDF（Letter）…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Shot</source>
        <translation>添加镜头(&amp;A)</translation>
    </message>
    <message>
        <source>Add a shot after the selected one</source>
        <translation>在所选镜头之后添加一个镜头</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shot</source>
        <translation>复制镜头(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected shot</source>
        <translation>复制所选镜头</translation>
    </message>
    <message>
        <source>De&amp;lete Shot</source>
        <translation>删除镜头(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)</source>
        <translation>删除选中的镜头（时间线上按 Delete，任何位置按 Ctrl+Shift+Delete）</translation>
    </message>
    <message>
        <source>S&amp;ketch Board…</source>
        <translation>绘制画板(&amp;K)…</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s board (it becomes the shot&apos;s picture)</source>
        <translation>为选中的镜头绘制画板（它将成为镜头的画面）</translation>
    </message>
    <message>
        <source>Generate &amp;Frames…</source>
        <translation>生成画面(&amp;F)…</translation>
    </message>
    <message>
        <source>Candidate pictures for the shot or storyboard from Kling&apos;s image API (cost first)</source>
        <translation>用可灵图像 API 为镜头或故事板生成候选画面（先显示费用）</translation>
    </message>
    <message>
        <source>Problems ({errors}, {warnings})</source>
        <translation>问题（{errors}，{warnings}）</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>The language of the app</source>
        <translation>应用的界面语言</translation>
    </message>
    <message>
        <source>&amp;Render</source>
        <translation>渲染(&amp;R)</translation>
    </message>
    <message>
        <source>Render &amp;Previs</source>
        <translation>渲染预演(&amp;P)</translation>
    </message>
    <message>
        <source>Render the storyboard as an animatic with the local previs renderer (no account)</source>
        <translation>用本地预演渲染器把故事板渲染为动态分镜（无需账户）</translation>
    </message>
    <message>
        <source>Render with &amp;Kling…</source>
        <translation>用可灵渲染(&amp;K)…</translation>
    </message>
    <message>
        <source>Send the storyboard to Kling (shows the cost and limits first)</source>
        <translation>把故事板发送到可灵（先显示费用和限制）</translation>
    </message>
    <message>
        <source>Kling &amp;Account…</source>
        <translation>可灵账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Access key, secret key, region and tasks at once</source>
        <translation>Access Key、Secret Key、区域和同时运行的任务数</translation>
    </message>
    <message>
        <source>Resolution of previs renders</source>
        <translation>预演渲染的分辨率</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play Sequence</source>
        <translation>播放序列(&amp;P)</translation>
    </message>
    <message>
        <source>Play every storyboard&apos;s active take one after another</source>
        <translation>依次播放每个故事板当前选用的成片</translation>
    </message>
    <message>
        <source>&amp;Chain to Next Storyboard</source>
        <translation>衔接到下一个故事板(&amp;C)</translation>
    </message>
    <message>
        <source>The last frame of this storyboard&apos;s active take becomes the next storyboard&apos;s first frame, so the cut flows</source>
        <translation>此故事板当前成片的最后一帧成为下一个故事板的首帧，使剪辑衔接流畅</translation>
    </message>
    <message>
        <source>&amp;Export Sequence as MP4…</source>
        <translation>把序列导出为 MP4(&amp;E)…</translation>
    </message>
    <message>
        <source>One video of every storyboard&apos;s active take</source>
        <translation>把每个故事板当前选用的成片合成一个视频</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PromptLanguageCombo</name>
    <message>
        <source>Prompt language</source>
        <translation>提示词语言</translation>
    </message>
    <message>
        <source>Automatic writes the prompts in the language most of the storyboard&apos;s text is in; Chinese prompts use Chinese film terms and punctuation.</source>
        <translation>“自动”会用故事板中大部分文字所用的语言写提示词；中文提示词使用中文影视术语和中文标点。</translation>
    </message>
    <message>
        <source>Change prompt language</source>
        <translation>更改提示词语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>自动：{language}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The new language applies when you start the app again.</source>
        <translation>新的语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settings saved. A new language applies when you start the app again.</source>
        <translation>设置已保存。新的语言将在下次启动应用时生效。</translation>
    </message>
</context>
<context>
    <name>ShotPreview</name>
    <message>
        <source>The shot&apos;s picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play.</source>
        <translation>镜头的画面。渲染 ▸ 渲染预演（Ctrl+R）即可观看故事板播放。</translation>
    </message>
    <message>
        <source>Render ▸ Render Previs (Ctrl+R) to watch it play.</source>
        <translation>渲染 ▸ 渲染预演（Ctrl+R）即可观看播放。</translation>
    </message>
    <message>
        <source>SHOT {number} · {size} · {seconds} s</source>
        <translation>镜头 {number} · {size} · {seconds} 秒</translation>
    </message>
</context>
</TS>
